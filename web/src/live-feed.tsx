import { useSubscription } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from './errors';

/** How long after an interruption the feed is subscribed again. */
const RESUME_MS = 1_000;
/**
 * A resubscription that stays open this long is taken for healthy (graphql-ws does not
 * acknowledge a subscribe): past the gateway's outage bound (5 s), a feed still unreachable
 * would have been ended again. Until then, or the first event, the page says it reconnects.
 */
const HEALTHY_AFTER_MS = 6_000;

export interface LiveFeedOptions<TData, TVariables> {
  variables: TVariables;
  skip?: boolean;
  /** The cursor an event carries: the feed resumes after the last one received. */
  cursorOf: (data: TData) => string | null | undefined;
  onData: (data: TData) => void;
}

/**
 * A live feed that is never left silent (#17): when the gateway ends it because the
 * subgraph behind it is unreachable (SERVICE_UNAVAILABLE) or the socket failed for good,
 * it is subscribed again a second later, `after` the last cursor received, so nothing is
 * lost or shown twice; meanwhile `interrupted` is true, for the page to say so. A refusal
 * (FORBIDDEN, NOT_FOUND…) is final.
 */
export function useLiveFeed<TData, TVariables extends { after?: string | null }>(
  document: TypedDocumentNode<TData, TVariables>,
  options: LiveFeedOptions<TData, TVariables>,
): { interrupted: boolean } {
  const base = JSON.stringify(options.variables);
  const [resume, setResume] = useState<{ base: string; after: string | null | undefined } | null>(null);
  const [interrupted, setInterrupted] = useState(false);
  const last = useRef<{ base: string; cursor: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const healthy = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      clearTimeout(healthy.current);
    },
    [],
  );
  // Another thread or matter starts from its own position, not the previous one's cursor.
  const variables = resume?.base === base ? { ...options.variables, after: resume.after } : options.variables;
  const latest = useRef({ variables, restart: () => undefined as void });

  const again = (error?: unknown) => {
    const code = error === undefined ? null : errorCode(error);
    if (code !== null && code !== 'SERVICE_UNAVAILABLE') return;
    setInterrupted(true);
    clearTimeout(timer.current);
    clearTimeout(healthy.current);
    timer.current = setTimeout(() => {
      healthy.current = setTimeout(() => setInterrupted(false), HEALTHY_AFTER_MS);
      const after = last.current?.base === base ? last.current.cursor : options.variables.after;
      // The same variables would not resubscribe: restart the subscription instead.
      if (JSON.stringify({ ...options.variables, after }) === JSON.stringify(latest.current.variables)) latest.current.restart();
      else setResume({ base, after });
    }, RESUME_MS);
  };
  const { restart } = useSubscription(document, {
    variables,
    ...(options.skip !== undefined ? { skip: options.skip } : {}),
    onData: ({ data }) => {
      if (!data.data) return;
      clearTimeout(healthy.current);
      setInterrupted(false);
      const cursor = options.cursorOf(data.data);
      if (cursor) last.current = { base, cursor };
      options.onData(data.data);
    },
    onError: again,
    onComplete: () => again(),
  });
  latest.current = { variables, restart };
  return { interrupted };
}

/** Says, to everyone and to screen readers, that the live updates are reconnecting. */
export function LiveInterrupted({ interrupted }: { interrupted: boolean }) {
  const { t } = useTranslation();
  return (
    <p role="status" aria-live="polite" className="live-interrupted">
      {interrupted ? t('live.interrupted') : ''}
    </p>
  );
}
