/** English texts of the support link (`push-preflight://check?…`): its refusals and the app's parts. */
import type { DeepLinkErrorCode } from '../../deep-link'

/** Why a support link was refused, one line each (`{{field}}` names the field concerned). */
export const linkErrorMessages: Record<`link.error.${DeepLinkErrorCode}`, string> = {
  'link.error.link-empty': 'The support link is empty.',
  'link.error.link-too-long':
    'The support link is too long to be one of ours (over {{max}} characters).',
  'link.error.link-bad-syntax':
    'The support link is damaged (spaces, control characters, a # part or a field without “=”): ask for it again and copy it whole.',
  'link.error.link-bad-scheme':
    'This is not a Push Preflight support link: it must start with push-preflight://check?',
  'link.error.link-bad-action':
    'This support link asks for something this version cannot do: it must start with push-preflight://check?',
  'link.error.link-has-secret':
    'The support link was refused because it carries a secret ({{field}}). A support link never contains a txSecret, txTime, push key or API key: ask for a link without it, and type your own signature here.',
  'link.error.link-unknown-field':
    'The support link has a field this version does not know: “{{field}}”.',
  'link.error.link-duplicate-field': 'The support link gives “{{field}}” twice.',
  'link.error.link-value-too-long': 'The support link’s “{{field}}” value is too long.',
  'link.error.link-bad-value': 'The support link’s “{{field}}” value is not valid.',
  'link.error.link-missing-field':
    'The support link has no “{{field}}”: it needs the push domain, AppName and stream name.',
  'link.error.link-conflict':
    'The support link asks for the uplink test without a test push: the uplink test needs the push.'
}

/** The app's support-link texts: the start screen's notice and fields, the copy action. */
export const linkUiMessages = {
  'link.opened.heading': 'Opened from a support link',
  'link.opened.body':
    'The push domain, AppName and stream name ({{target}}) and the check’s options are filled in. Paste your txSecret and txTime below — or your full push URL into the field above.',
  'link.opened.secrets': 'The link holds no secret: your signature stays with you.',
  'link.field.txSecret': 'txSecret',
  'link.field.txTime': 'txTime',
  'link.field.bad':
    '{{field}} may contain only letters and digits: copy it from your push URL, without spaces or “&”.',
  'link.refused.heading': 'This support link could not be opened',
  'link.dismiss': 'Close',
  'link.copy': 'Copy a link for this user',
  'link.copy.hint':
    'The link opens this check with the same push domain, AppName, stream name and options — never the txSecret, txTime or a key.',
  'link.copy.unavailable': 'No support link for this URL: {{reason}}'
} as const
