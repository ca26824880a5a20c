/**
 * English texts of the live-stream guard: the start form's "is it live?" question, and the report
 * note when the real stream name was left alone because the stream was live.
 */

/** The question asked before any check, and what the check then does not know. */
export const liveGuardMessages = {
  'ui.live.question': 'Is this stream live right now?',
  'ui.live.hint':
    'The check normally asks the server about your real stream name: it starts a publish and leaves before sending any picture. Some servers let a new publisher replace the one that is live, so while you are on air the check leaves your stream name alone.',
  'ui.live.no': 'No, it is not live now',
  'ui.live.yes': 'Yes, it is live — do not touch it',
  'ui.live.required': 'Answer this question to run the check.',
  'note.real-probe-skipped-live':
    'Your stream was live, so its real name was not probed (some servers let a new publisher replace the live one). Still unknown: whether the server would accept a new push to this name, for example after a reconnect, or whether the name is disabled in the console. Run the check again when the stream is off air for the full answer.'
} as const
