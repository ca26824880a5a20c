/** All English texts: the app's screens plus the messages of every check's codes. */
import { uiMessages } from './ui'

export const en = {
  ...uiMessages
} as const
