/**
 * The extra CA certificate a user may add for RTMPS (a venue's or a self-hosted ingest's CA):
 * its limits, checked the same way where it is typed (the app's settings) and where it arrives
 * (main's IPC validation).
 */

/** Largest extra CA accepted, characters: a few certificates; a whole system bundle is not needed. */
export const MAX_CA_PEM_LENGTH = 64 * 1024

/** The line that opens a PEM certificate. */
export const PEM_CERTIFICATE_BEGIN = '-----BEGIN CERTIFICATE-----'

/** Why a PEM text cannot be used as an extra CA. */
export type CaPemProblem = 'ca-no-certificate' | 'ca-too-large'

/** What is wrong with `pem` as an extra CA, or undefined when it is usable. */
export function caPemProblem(pem: string): CaPemProblem | undefined {
  if (pem.length > MAX_CA_PEM_LENGTH) return 'ca-too-large'
  return pem.includes(PEM_CERTIFICATE_BEGIN) ? undefined : 'ca-no-certificate'
}
