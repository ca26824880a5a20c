/**
 * Every threshold and timeout of the engine, named, each with the reason or source for its value
 * (house style habit 8). Sections are owned by the checks that use them.
 */

// ── Expiry (Tencent step 3) ────────────────────────────────────────────────────────────────
/** Tencent recommends txTime 12–24 h ahead so a reconnect after a network drop still works. */
export const EXPIRY_WARN_MS = 12 * 60 * 60 * 1000

// ── Network (Tencent step 2) ───────────────────────────────────────────────────────────────
/** Default RTMP port (Tencent: "RTMP uses TCP 1935 by default"). */
export const RTMP_DEFAULT_PORT = 1935
/** Default RTMPS port. */
export const RTMPS_DEFAULT_PORT = 443

// ── sections added by each check below ─────────────────────────────────────────────────────
