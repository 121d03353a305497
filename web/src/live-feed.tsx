import type { TypedDocumentNode } from '@apollo/client';
import { print, type GraphQLFormattedError } from 'graphql';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { liveClient } from './apollo';

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
  /**
   * The cursor an event carries: the feed resumes after the last one received. A type
   * without a cursor field returns null: the event's `extensions.cursor` is taken instead.
   */
  cursorOf: (data: TData) => string | null | undefined;
  /**
   * Where to start when the feed has received nothing yet: the cursor of the newest item the
   * page already holds (from its query), so what arrives between that query and the
   * subscription, or during a reconnect before the first event, is replayed, not lost. Read
   * at each (re)subscription; a change does not resubscribe.
   */
  startAfter?: string | null;
  onData: (data: TData) => void;
}

/**
 * A live feed that is never left silent (#17): when the gateway ends it because the
 * subgraph behind it is unreachable (SERVICE_UNAVAILABLE) or the socket failed for good,
 * it is subscribed again a second later, `after` the last cursor received (or, before any,
 * the page's own `startAfter`), so nothing is lost or shown twice; meanwhile `interrupted` is true, for the page to say so. A refusal
 * (FORBIDDEN, NOT_FOUND…) is final. Each attempt is a subscription of its own on the
 * graphql-ws client (not Apollo's deduplicated one), so a resumption always reaches the
 * gateway.
 */
export function useLiveFeed<TData, TVariables extends { after?: string | null }>(
  document: TypedDocumentNode<TData, TVariables>,
  options: LiveFeedOptions<TData, TVariables>,
): { interrupted: boolean } {
  const base = JSON.stringify(options.variables);
  const [attempt, setAttempt] = useState(0);
  const [interrupted, setInterrupted] = useState(false);
  const last = useRef<{ base: string; cursor: string } | null>(null);
  const handlers = useRef(options);
  handlers.current = options;

  // Another thread or matter starts from its own position, not the previous one's cursor.
  useEffect(() => {
    setAttempt(0);
    setInterrupted(false);
  }, [base]);

  useEffect(() => {
    const client = liveClient();
    if (options.skip || !client) return;
    const variables = JSON.parse(base) as TVariables;
    const resumeAt = last.current?.base === base ? last.current.cursor : (handlers.current.startAfter ?? undefined);
    let resume: ReturnType<typeof setTimeout> | undefined;
    let healthy: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const again = (refused: boolean) => {
      if (ended) return;
      ended = true;
      clearTimeout(healthy);
      if (refused) return;
      setInterrupted(true);
      resume = setTimeout(() => setAttempt((n) => n + 1), RESUME_MS);
    };
    if (attempt > 0) healthy = setTimeout(() => setInterrupted(false), HEALTHY_AFTER_MS);
    const unsubscribe = client.subscribe<TData>(
      { query: print(document), variables: { ...variables, ...(resumeAt !== undefined ? { after: resumeAt } : {}) } },
      {
        next: (result) => {
          if (result.errors?.length) return again(!unavailable(result.errors));
          if (!result.data) return;
          clearTimeout(healthy);
          setInterrupted(false);
          const cursor = handlers.current.cursorOf(result.data) ?? extensionCursor(result.extensions);
          if (cursor) last.current = { base, cursor };
          handlers.current.onData(result.data);
        },
        // A socket that failed for good (graphql-ws gave up its retries), or an array of refusals.
        error: (error) => again(Array.isArray(error) && !unavailable(error as GraphQLFormattedError[])),
        // The gateway's word on an outage comes as an error first; an end without one is final.
        complete: () => again(true),
      },
    );
    return () => {
      ended = true;
      clearTimeout(resume);
      clearTimeout(healthy);
      unsubscribe();
    };
  }, [document, base, attempt, options.skip]);

  return { interrupted };
}

const extensionCursor = (extensions: unknown): string | null => {
  const cursor = extensions && typeof extensions === 'object' ? (extensions as Record<string, unknown>)['cursor'] : undefined;
  return typeof cursor === 'string' ? cursor : null;
};

const unavailable = (errors: readonly GraphQLFormattedError[]) => errors.some((e) => e.extensions?.['code'] === 'SERVICE_UNAVAILABLE');

/** Says, to everyone and to screen readers, that the live updates are reconnecting. */
export function LiveInterrupted({ interrupted }: { interrupted: boolean }) {
  const { t } = useTranslation();
  return (
    <p role="status" aria-live="polite" className="live-interrupted">
      {interrupted ? t('live.interrupted') : ''}
    </p>
  );
}
