import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../errors';
import { formatDateTime } from '../format';
import type { NotificationFieldsFragment } from '../gql/graphql';
import { LiveInterrupted, useLiveFeed } from '../live-feed';
import { MarkNotificationRead, MyNotifications, NotificationAdded } from './documents';

/** The newest notifications the list shows. */
const SHOWN = 10;
/** Unread ones counted: the API's largest page; beyond it the badge says "100+". */
const COUNTED = 100;
/** How much of the post a notification quotes. */
const EXCERPT = 80;

/**
 * The signed-in operator's notifications in the header [R6], live: a bell with the unread
 * count in its accessible name, and a list of the newest with who asked about which case,
 * when (Japan time), a link to the case's discussion and "mark as read". The live feed
 * starts after the `cursor` of the newest notification the list holds, and resumes after
 * the last one received when it was interrupted. Each `notificationAdded` reloads the list
 * and the count, so an item shows once and the count is the server's; so
 * does opening the list.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [arrived, setArrived] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const { data, error, refetch } = useQuery(MyNotifications, { variables: { first: SHOWN, unreadFirst: COUNTED }, fetchPolicy: 'network-only' });
  const { interrupted } = useLiveFeed(NotificationAdded, {
    variables: {},
    skip: !data,
    // Resumed after the newest notification held: on a reload or a reconnect nothing is lost.
    startAfter: newestCursor(data?.newest),
    cursorOf: (added) => added.notificationAdded.cursor,
    onData: () => {
      setArrived((n) => n + 1);
      void refetch();
    },
  });
  const [markRead] = useMutation(MarkNotificationRead);

  // Back from an interruption: what came meanwhile is replayed, and the list is reloaded once more.
  const wasInterrupted = useRef(false);
  useEffect(() => {
    if (wasInterrupted.current && !interrupted) void refetch();
    wasInterrupted.current = interrupted;
  }, [interrupted, refetch]);

  // Escape or a click elsewhere closes the list; Escape gives the focus back to the bell.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onClick = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  // Marked read in the cache at once (the answer's `read`), so the count falls without a reload.
  const unread = (data?.unread ?? []).filter((n) => !n.read).length;
  const count = unread >= COUNTED ? `${COUNTED}+` : String(unread);
  const newest = data?.newest ?? [];

  const toggle = () => {
    if (!open) void refetch();
    setOpen(!open);
  };
  const mark = async (id: string) => {
    setFailure(null);
    try {
      await markRead({ variables: { id } });
    } catch (e) {
      setFailure(errorMessage(e, t));
    }
  };

  return (
    <div className="notifications" ref={root}>
      <button
        ref={button}
        type="button"
        className="bell"
        aria-expanded={open}
        aria-controls="notifications-panel"
        aria-label={!data ? t('notifications.heading') : unread > 0 ? t('notifications.buttonUnread', { n: count }) : t('notifications.buttonNone')}
        onClick={toggle}
      >
        {/* Drawn, not an emoji: a PC without an emoji font would show an empty box. */}
        <svg className="bell-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6v-5a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {unread > 0 && (
          <span className="badge" aria-hidden="true">
            {count}
          </span>
        )}
      </button>
      <span role="status" aria-live="polite" className="visually-hidden">
        {arrived > 0 ? t('notifications.arrived', { n: count }) : ''}
      </span>
      {/* Its items are in the page only while open: a question's text is once in the page, in its discussion. */}
      <div id="notifications-panel" className="notifications-panel" role="region" aria-label={t('notifications.heading')} hidden={!open}>
        {open && (
          <>
            <p className="panel-title">{t('notifications.heading')}</p>
            <LiveInterrupted interrupted={interrupted} />
            {error && (
              <p role="alert" className="error">
                {errorMessage(error, t)}
              </p>
            )}
            {failure && (
              <p role="alert" className="error">
                {failure}
              </p>
            )}
            {data && newest.length === 0 && <p>{t('notifications.empty')}</p>}
            {newest.length > 0 && (
              <ol className="notification-list" aria-label={t('notifications.listLabel')}>
                {newest.map((n) => (
                  <NotificationItem key={n.id} notification={n} language={i18n.language} onOpen={() => setOpen(false)} onMark={() => void mark(n.id)} />
                ))}
              </ol>
            )}
          </>
        )}
      </div>
    </div>
  );
}

/** The greatest cursor among the notifications held (numbers on the operator's feed), if any has one. */
function newestCursor(held: readonly { cursor?: string | null }[] | undefined): string | null {
  const cursors = (held ?? []).map((n) => n.cursor).filter((c): c is string => !!c);
  return cursors.length === 0 ? null : cursors.reduce((a, b) => (BigInt(b) > BigInt(a) ? b : a));
}

function NotificationItem({ notification: n, language, onOpen, onMark }: { notification: NotificationFieldsFragment; language: string; onOpen: () => void; onMark: () => void }) {
  const { t } = useTranslation();
  const registrationNumber = n.thread.case?.registrationNumber;
  const body = n.post.body.length > EXCERPT ? `${n.post.body.slice(0, EXCERPT)}…` : n.post.body;
  return (
    <li className={n.read ? 'notification' : 'notification unread'}>
      <p>
        {!n.read && <strong>{t('notifications.unreadMark')} </strong>}
        {t(`notifications.kinds.${n.kind}`, { name: n.post.author.name, case: registrationNumber ?? '' })}
      </p>
      <p className="body">{body}</p>
      <p className="meta">
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, language)}</time>
        {registrationNumber && (
          <>
            {' · '}
            <Link to={`/library/${registrationNumber}`} onClick={onOpen}>
              {t('notifications.open', { case: registrationNumber })}
            </Link>
          </>
        )}
      </p>
      {!n.read && (
        <button type="button" onClick={onMark}>
          {t('notifications.markRead')}
        </button>
      )}
    </li>
  );
}
