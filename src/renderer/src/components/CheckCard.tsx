import type { ReactNode } from 'react'
import type { CheckStatus } from '@shared/result'
import { StatusBadge } from './StatusBadge'

/** One finding: title, status, the message, optional detail lines. */
export function CheckCard(props: {
  title: string
  status: CheckStatus
  message: string
  children?: ReactNode
  testId?: string
}): React.JSX.Element {
  return (
    <section
      className={`card card-${props.status}`}
      aria-label={props.title}
      data-testid={props.testId}
    >
      <header className="card-header">
        <h3>{props.title}</h3>
        <StatusBadge status={props.status} />
      </header>
      <p className="card-message">{props.message}</p>
      {props.children}
    </section>
  )
}
