/** English texts of a shared report's privacy choices (save/copy). */

/** The tick box that puts the computer's host name into a saved or copied report. */
export const privacyMessages = {
  'ui.export.includeHostName': 'Include this computer’s name (it often contains your name)'
} as const
