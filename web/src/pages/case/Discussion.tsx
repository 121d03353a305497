import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../errors';
import { formatDateTime } from '../../format';
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
    }
  }
`);

const PostToThread = graphql(`
  mutation PostToThread($threadId: ID!, $body: String!, $image: ImageLinkInput) {
    postToThread(threadId: $threadId, body: $body, image: $image) {
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
}

/** The most posts the page loads at first; older ones stay on the server (the API's page). */
const FIRST = 100;

/**
 * The case's discussion under real names [R6], live: the thread's posts, then every new
 * post by anyone from `threadPostAdded`, resumed after the last loaded post so none is lost
 * or shown twice between the load and the subscription.
 */
export function Discussion({ threadId }: { threadId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(ThreadPosts, { variables: { threadId } });
  const loaded = data?.thread?.posts ?? [];
  const [live, setLive] = useState<PostView[]>([]);
  const after = loaded.length > 0 ? loaded[loaded.length - 1]!.cursor : null;
  useSubscription(PostAdded, {
    variables: { threadId, after },
    skip: loading || !data,
    onData: ({ data: next }) => {
      const post = next.data?.threadPostAdded;
      if (post) setLive((posts) => [...posts, post]);
    },
  });
  const [post, { loading: posting }] = useMutation(PostToThread);
  const [failure, setFailure] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [mine, setMine] = useState<PostView[]>([]);
  // [R24] A post may point at the series and frame the viewer shows.
  const shown = useViewerPosition();
  const [pointAt, setPointAt] = useState(false);

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
      const { data: answer } = await post({ variables: { threadId, body, image } });
      if (answer) setMine((list) => [...list, answer.postToThread]);
      setDraft('');
      setPointAt(false);
    } catch (e) {
      setFailure(errorMessage(e, t));
    }
  };

  return (
    <section aria-labelledby="discussion-heading" className="card">
      <h2 id="discussion-heading">{t('case.discussionHeading')}</h2>
      <QueryState loading={loading} error={error} />
      {data && posts.length === 0 && <p>{t('case.noPosts')}</p>}
      <ol className="posts" aria-live="polite" aria-label={t('case.postsLabel')}>
        {posts.map((p) => (
          <li key={p.id} className="post">
            <p className="meta">
              <strong>{p.author.name}</strong> · <time dateTime={p.createdAt}>{formatDateTime(p.createdAt, i18n.language)}</time>
            </p>
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
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="post-body">{t('case.writePost')}</label>
        <textarea id="post-body" rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} />
        {shown && (
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
    </section>
  );
}

/** A post's image as its link reads: the series (modality and slot) and the frame, counted from 1 as the viewer shows it. */
function imageLinkText(image: NonNullable<PostView['image']>, t: (key: string, options?: Record<string, unknown>) => string): string {
  const series = image.series ? `${image.series.modality ?? ''} ${image.series.kind}`.trim() : image.seriesUid;
  return image.frame === null || image.frame === undefined ? t('case.imageLinkSeries', { series }) : t('case.imageLink', { series, n: image.frame + 1 });
}
