import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../errors';
import { formatDateTime } from '../../format';
import { LiveInterrupted, useLiveFeed } from '../../live-feed';
import { graphql } from '../../gql';
import { QueryState } from '../Status';
import { useViewerPosition, viewerSearch } from './viewer/position';

const ThreadPosts = graphql(`
  query ThreadPosts($threadId: ID!) {
    thread(id: $threadId) {
      id
      posts(first: 100) {
        id
        body
        createdAt
        cursor
        author {
          id
          name
        }
        image {
          seriesUid
          frame
          series {
            kind
            modality
          }
        }
        kind
        point {
          id
          number
        }
        onBehalfOf {
          id
          name
        }
      }
    }
  }
`);

const PostAdded = graphql(`
  subscription ThreadPostAdded($threadId: ID!, $after: String) {
    threadPostAdded(threadId: $threadId, after: $after) {
      id
      body
      createdAt
      cursor
      author {
        id
        name
      }
      image {
        seriesUid
        frame
        series {
          kind
          modality
        }
      }
      kind
      point {
        id
        number
      }
      onBehalfOf {
        id
        name
      }
    }
  }
`);

const PostToThread = graphql(`
  mutation PostToThread($threadId: ID!, $body: String!, $image: ImageLinkInput, $pointId: ID) {
    postToThread(threadId: $threadId, body: $body, image: $image, pointId: $pointId) {
      id
      body
      createdAt
      cursor
      author {
        id
        name
      }
      image {
        seriesUid
        frame
        series {
          kind
          modality
        }
      }
      kind
      point {
        id
        number
      }
      onBehalfOf {
        id
        name
      }
    }
  }
`);

interface PostView {
  id: string;
  body: string;
  createdAt: string;
  cursor: string;
  author: { id: string; name: string };
  image?: { seriesUid: string; frame?: number | null; series?: { kind: string; modality?: string | null } | null } | null;
  kind: string;
  point?: { id: string; number: number } | null;
  onBehalfOf?: { id: string; name: string } | null;
}

/** A matter's points at issue, as a committee post may name one [R46]. */
export interface ThreadPoint {
  id: string;
  number: number;
  text: string;
}

/**
 * The committee's group thread [R47]: its points, whether the viewer may write (a member in
 * session, never the case's operator [R49]) and, when not, why.
 */
export interface CommitteeThreadOptions {
  points: readonly ThreadPoint[];
  mayPost: boolean;
  notice?: string | undefined;
  /** A refusal in the user's language by the committee's rules. */
  describeError(error: unknown): string;
}

/** The most posts the page loads at first; older ones stay on the server (the API's page). */
const FIRST = 100;

/**
 * The case's discussion under real names [R6], live: the thread's posts, then every new
 * post by anyone from `threadPostAdded`, resumed after the last loaded post so none is lost
 * or shown twice between the load and the subscription. With `committee`, the same for a
 * matter's group thread [R47]: a post may name the point at issue [R46], and the form is
 * only for those who may write there.
 */
export function Discussion({ threadId, committee }: { threadId: string; committee?: CommitteeThreadOptions }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(ThreadPosts, { variables: { threadId } });
  const loaded = data?.thread?.posts ?? [];
  const [live, setLive] = useState<PostView[]>([]);
  const after = loaded.length > 0 ? loaded[loaded.length - 1]!.cursor : null;
  const { interrupted } = useLiveFeed(PostAdded, {
    variables: { threadId, after },
    skip: loading || !data,
    cursorOf: (next) => next.threadPostAdded.cursor,
    onData: (next) => setLive((posts) => [...posts, next.threadPostAdded]),
  });
  const [post, { loading: posting }] = useMutation(PostToThread);
  const [failure, setFailure] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [mine, setMine] = useState<PostView[]>([]);
  // [R24] A post may point at the series and frame the viewer shows.
  const shown = useViewerPosition();
  const [pointAt, setPointAt] = useState(false);
  const [pointId, setPointId] = useState('');

  // One list, each post once: the load, then the live feed, then what this page posted
  // (shown from the mutation's answer even before the feed brings it back).
  const posts = useMemo(() => {
    const seen = new Set<string>();
    return [...loaded, ...live, ...mine].filter((p) => !seen.has(p.id) && seen.add(p.id));
  }, [loaded, live, mine]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = draft.trim();
    if (!body) return setFailure(t('case.emptyPost'));
    setFailure(null);
    try {
      const image = pointAt && shown ? { seriesUid: shown.seriesUid, frame: shown.frame } : null;
      const { data: answer } = await post({ variables: { threadId, body, image, pointId: committee && pointId ? pointId : null } });
      if (answer) setMine((list) => [...list, answer.postToThread]);
      // Only the text that was sent is cleared: what the user typed while it was sending (the
      // live feed may show the post before its answer is in) stays in the box.
      setDraft((current) => (current.trim() === body ? '' : current));
      setPointAt(false);
      setPointId('');
    } catch (e) {
      setFailure(committee ? committee.describeError(e) : errorMessage(e, t));
    }
  };

  return (
    <section aria-labelledby="discussion-heading" className="card">
      <h2 id="discussion-heading">{committee ? t('committeeThread.heading') : t('case.discussionHeading')}</h2>
      {committee && <p className="meta">{t('committeeThread.readers')}</p>}
      <QueryState loading={loading} error={error} />
      <LiveInterrupted interrupted={interrupted} />
      {data && posts.length === 0 && <p>{t('case.noPosts')}</p>}
      <ol className="posts" aria-live="polite" aria-label={t('case.postsLabel')}>
        {posts.map((p) => (
          <li key={p.id} className="post">
            <p className="meta">
              <strong>{p.author.name}</strong> · <time dateTime={p.createdAt}>{formatDateTime(p.createdAt, i18n.language)}</time>
              {p.point && <> · {t('committeeThread.aboutPoint', { n: p.point.number })}</>}
            </p>
            {p.kind === 'OPERATOR_OPINION' && <p className="meta">{t('committeeThread.operatorOpinion', { name: p.onBehalfOf?.name ?? '' })}</p>}
            <p className="body">{p.body}</p>
            {p.image && (
              <p className="image-link">
                <Link to={{ search: viewerSearch(p.image.seriesUid, p.image.frame), hash: '#viewer' }}>{imageLinkText(p.image, t)}</Link>
              </p>
            )}
          </li>
        ))}
      </ol>
      {loaded.length >= FIRST && <p className="meta">{t('case.olderPosts', { count: FIRST })}</p>}
      {committee && !committee.mayPost && committee.notice && <p className="notice">{committee.notice}</p>}
      {(!committee || committee.mayPost) && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <label htmlFor="post-body">{committee ? t('committeeThread.writePost') : t('case.writePost')}</label>
          <textarea id="post-body" rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} />
          {committee && committee.points.length > 0 && (
            <>
              <label htmlFor="post-point">{t('committeeThread.point')}</label>
              <select id="post-point" value={pointId} onChange={(e) => setPointId(e.target.value)}>
                <option value="">{t('committeeThread.noPoint')}</option>
                {committee.points.map((p) => (
                  <option key={p.id} value={p.id}>
                    {t('committeeThread.pointOption', { n: p.number, text: p.text })}
                  </option>
                ))}
              </select>
            </>
          )}
          {!committee && shown && (
            <label className="point-at">
              <input type="checkbox" checked={pointAt} onChange={(e) => setPointAt(e.target.checked)} />
              {t('case.pointAtFrame', { series: shown.label, n: shown.frame + 1 })}
            </label>
          )}
          {failure && (
            <p role="alert" className="error">
              {failure}
            </p>
          )}
          <button type="submit" disabled={posting}>
            {posting ? t('case.posting') : t('case.post')}
          </button>
        </form>
      )}
    </section>
  );
}

/** A post's image as its link reads: the series (modality and slot) and the frame, counted from 1 as the viewer shows it. */
function imageLinkText(image: NonNullable<PostView['image']>, t: (key: string, options?: Record<string, unknown>) => string): string {
  const series = image.series ? `${image.series.modality ?? ''} ${image.series.kind}`.trim() : image.seriesUid;
  return image.frame === null || image.frame === undefined ? t('case.imageLinkSeries', { series }) : t('case.imageLink', { series, n: image.frame + 1 });
}
