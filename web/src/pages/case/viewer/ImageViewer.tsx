import { cache, Enums, getShouldUseCPURendering, imageLoader, type StackViewport, type Types } from '@cornerstonejs/core';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cornerstone, registerMetadata } from './cornerstone';
import { DicomwebError, frameRate, listSeries, seriesFrames, type FrameRef, type SeriesSummary } from './dicomweb';
import { publishPosition } from './position';

const VIEWPORT_ID = 'case-images';

interface OpenSeries {
  series: SeriesSummary;
  frames: FrameRef[];
  fps: number;
}

interface Voi {
  width: number;
  center: number;
}

const toVoi = (range: Types.VOIRange | undefined): Voi | null =>
  range && Number.isFinite(range.lower) && Number.isFinite(range.upper) && range.upper > range.lower ? { width: range.upper - range.lower, center: (range.upper + range.lower) / 2 } : null;

/**
 * The window/level the viewport shows. Cornerstone's CPU renderer takes the header's
 * Window Center/Width and has no range when the file has none (the XA sample has none):
 * then the frame's pixel range, which is what it displays.
 */
function shownVoi(v: StackViewport): Voi | null {
  const voi = toVoi(v.getProperties().voiRange);
  if (voi) return voi;
  const image = cache.getImage(v.getCurrentImageId());
  if (!image) return null;
  return { width: Math.max(1, image.maxPixelValue - image.minPixelValue), center: (image.maxPixelValue + image.minPixelValue) / 2 };
}
const clamp = (n: number, count: number) => Math.min(Math.max(0, n), Math.max(0, count - 1));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The case's series in a Cornerstone3D stack viewport: open a series, frame n/N, cine at
 * the run's own frame rate, a scrubber and the arrow keys, window/level by dragging and a
 * reset. Loaded lazily by CaseImages (the default export is what React.lazy takes).
 */
export default function ImageViewer({ registrationNumber, request, requestKey }: { registrationNumber: string; request: { seriesUid: string; frame: number } | null; requestKey: string }) {
  const { t } = useTranslation();
  const [series, setSeries] = useState<SeriesSummary[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [open, setOpen] = useState<OpenSeries | null>(null);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [voi, setVoi] = useState<Voi | null>(null);
  const [loaded, setLoaded] = useState(0);
  const element = useRef<HTMLDivElement>(null);
  const viewport = useRef<StackViewport | null>(null);
  // Each opening of a series; a slower earlier one that finishes later is dropped.
  const generation = useRef(0);
  const drag = useRef<{ x: number; y: number; voi: Voi } | null>(null);

  const describe = useCallback((e: unknown) => t('viewer.failed', { status: e instanceof DicomwebError ? e.status : '—' }), [t]);

  useEffect(() => {
    const abort = new AbortController();
    listSeries(registrationNumber, abort.signal).then(setSeries, (e: unknown) => {
      if (!abort.signal.aborted) setFailure(describe(e));
    });
    return () => abort.abort();
  }, [registrationNumber, describe]);

  // The viewport lives as long as the component: enabled on its element, disabled when it goes.
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const engine = cornerstone();
    engine.enableElement({ viewportId: VIEWPORT_ID, type: Enums.ViewportType.STACK, element: el });
    viewport.current = engine.getViewport<StackViewport>(VIEWPORT_ID);
    const onImage = (event: Event) => setIndex((event as CustomEvent<Types.EventTypes.StackNewImageEventDetail>).detail.imageIdIndex);
    const onVoi = (event: Event) => {
      const voi = toVoi((event as CustomEvent<Types.EventTypes.VoiModifiedEventDetail>).detail.range);
      if (voi) setVoi(voi);
    };
    el.addEventListener(Enums.Events.STACK_NEW_IMAGE, onImage);
    el.addEventListener(Enums.Events.VOI_MODIFIED, onVoi);
    const resize = new ResizeObserver(() => engine.resize(true, true));
    resize.observe(el);
    return () => {
      generation.current++;
      resize.disconnect();
      el.removeEventListener(Enums.Events.STACK_NEW_IMAGE, onImage);
      el.removeEventListener(Enums.Events.VOI_MODIFIED, onVoi);
      engine.disableElement(VIEWPORT_ID);
      viewport.current = null;
      publishPosition(null);
    };
  }, []);

  const openSeries = useCallback(
    async (s: SeriesSummary, frame: number) => {
      const mine = ++generation.current;
      setPlaying(false);
      setFailure(null);
      setLoaded(0);
      try {
        const frames = await seriesFrames(registrationNumber, s);
        if (mine !== generation.current || !viewport.current || frames.length === 0) return;
        registerMetadata(frames);
        const ids = frames.map((f) => f.imageId);
        const at = clamp(frame, ids.length);
        await viewport.current.setStack(ids, at);
        if (mine !== generation.current || !viewport.current) return;
        viewport.current.render();
        setOpen({ series: s, frames, fps: frameRate(frames[0]?.instance) });
        setIndex(at);
        setVoi(shownVoi(viewport.current));
        // Every frame into the cache, in order, so cine plays at the run's rate.
        for (let i = 0; i < ids.length && mine === generation.current; i++) {
          await imageLoader.loadAndCacheImage(ids[i]!);
          setLoaded(i + 1);
        }
      } catch (e) {
        if (mine === generation.current) setFailure(describe(e));
      }
    },
    [registrationNumber, describe],
  );

  const go = useCallback(
    (frame: number) => {
      const v = viewport.current;
      if (!v || !open) return;
      const at = clamp(frame, open.frames.length);
      setIndex(at);
      void v.setImageIdIndex(at);
    },
    [open],
  );

  // A post's link (or any address naming a series and frame): open it there, each time it is followed.
  useEffect(() => {
    if (!request || !series) return;
    const wanted = series.find((s) => s.seriesInstanceUid === request.seriesUid);
    if (!wanted) return setFailure(t('viewer.seriesGone'));
    element.current?.scrollIntoView({ block: 'center' });
    if (open?.series.seriesInstanceUid === wanted.seriesInstanceUid) {
      setPlaying(false);
      go(request.frame);
    } else void openSeries(wanted, request.frame);
    // Only a new navigation (requestKey) or the series arriving asks again.
  }, [requestKey, series]);

  useEffect(() => {
    if (open) publishPosition({ seriesUid: open.series.seriesInstanceUid, frame: index, frames: open.frames.length, label: seriesLabel(open.series, t) });
  }, [open, index, t]);

  // Cine: the next frame every 1000/fps ms (the header's rate); a frame still decoding delays the next, none is skipped.
  useEffect(() => {
    const v = viewport.current;
    if (!playing || !open || !v) return;
    let stopped = false;
    const period = 1000 / open.fps;
    void (async () => {
      while (!stopped) {
        const started = performance.now();
        await v.setImageIdIndex((v.getCurrentImageIdIndex() + 1) % open.frames.length);
        await wait(Math.max(0, period - (performance.now() - started)));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [playing, open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!open || (event.target as HTMLElement).tagName === 'INPUT' || (event.target as HTMLElement).tagName === 'BUTTON') return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setPlaying(false);
      go(index + step);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setPlaying(false);
      go(event.key === 'Home' ? 0 : open.frames.length - 1);
    } else if (event.key === ' ') {
      event.preventDefault();
      setPlaying((p) => !p);
    }
  };

  // Window/level by dragging: right widens the window, down raises the level (as in most viewers).
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const current = viewport.current && shownVoi(viewport.current);
    if (!open || !current || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, voi: current };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    const v = viewport.current;
    if (!start || !v) return;
    const perPixel = Math.max(start.voi.width, 1) / 256;
    const width = Math.max(1, start.voi.width + (event.clientX - start.x) * perPixel);
    const center = start.voi.center + (event.clientY - start.y) * perPixel;
    v.setProperties({ voiRange: { lower: center - width / 2, upper: center + width / 2 } });
    v.render();
    setVoi({ width, center });
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const reset = () => {
    const v = viewport.current;
    if (!v) return;
    v.resetProperties();
    v.render();
    setVoi(shownVoi(v));
  };

  const count = open?.frames.length ?? 0;
  return (
    <div className="image-viewer">
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      {!series && !failure && <p role="status">{t('viewer.loadingSeries')}</p>}
      {series?.length === 0 && <p>{t('viewer.noSeries')}</p>}
      {series && series.length > 0 && (
        <ul className="series-list" aria-label={t('viewer.seriesList')}>
          {series.map((s) => (
            <li key={s.seriesInstanceUid}>
              <button type="button" aria-pressed={open?.series.seriesInstanceUid === s.seriesInstanceUid} onClick={() => void openSeries(s, 0)}>
                {seriesLabel(s, t)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div
        className="viewer-stage"
        // Which renderer Cornerstone chose: its CPU one when the browser has no WebGL.
        data-renderer={getShouldUseCPURendering() ? 'cpu' : 'webgl'}
        role="img"
        aria-label={open ? t('viewer.imageLabel', { series: seriesLabel(open.series, t), n: index + 1, count }) : t('viewer.chooseSeries')}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onContextMenu={(e) => e.preventDefault()}
      >
        <div ref={element} className="viewer-element" />
        {!open && <p className="viewer-placeholder">{t('viewer.chooseSeries')}</p>}
      </div>
      {open && (
        <div className="viewer-controls">
          <p className="viewer-counter" aria-live="off">
            <output aria-label={t('viewer.frameCounterLabel')}>{t('viewer.frameCounter', { n: index + 1, count })}</output>
            {' · '}
            {t('viewer.fps', { fps: Math.round(open.fps * 10) / 10 })}
            {loaded < count && ` · ${t('viewer.loadingFrames', { loaded, count })}`}
          </p>
          <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
            {playing ? t('viewer.pause') : t('viewer.play')}
          </button>
          <label className="scrubber">
            {t('viewer.scrubber')}
            <input
              type="range"
              min={1}
              max={count}
              step={1}
              value={index + 1}
              onChange={(e) => {
                setPlaying(false);
                go(Number(e.target.value) - 1);
              }}
            />
          </label>
          <output className="viewer-wl" aria-label={t('viewer.windowLevelLabel')}>
            {voi ? t('viewer.windowLevel', { width: Math.round(voi.width), center: Math.round(voi.center) }) : '—'}
          </output>
          <button type="button" onClick={reset}>
            {t('viewer.resetWindowLevel')}
          </button>
          <p className="meta">{t('viewer.help')}</p>
        </div>
      )}
    </div>
  );
}

function seriesLabel(s: SeriesSummary, t: (key: string, options?: Record<string, unknown>) => string): string {
  return t('viewer.seriesButton', { modality: s.modality ?? '—', number: s.number ?? '—', description: s.description ?? '', count: s.instances });
}
