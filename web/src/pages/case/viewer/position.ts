import { useSyncExternalStore } from 'react';

/** What the case page's viewer shows: a series and its frame, counted from 0 as a post points at it [R24]. */
export interface ViewerPosition {
  seriesUid: string;
  frame: number;
  frames: number;
  /** How the viewer names the series (modality, number, description). */
  label: string;
}

let current: ViewerPosition | null = null;
const listeners = new Set<() => void>();

/**
 * The viewer's position for the rest of the page (the discussion's "point at this frame"),
 * kept outside React's tree so that cine playback does not re-render the case page; the
 * viewer itself lives in a lazily loaded chunk and this module in the page's.
 */
export function publishPosition(next: ViewerPosition | null): void {
  if (next?.seriesUid === current?.seriesUid && next?.frame === current?.frame && next?.frames === current?.frames && next?.label === current?.label) return;
  current = next;
  for (const listener of listeners) listener();
}

export function useViewerPosition(): ViewerPosition | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** The case page's address that opens the viewer on a series at a frame (0-based here, shown from 1). */
export function viewerSearch(seriesUid: string, frame: number | null | undefined): string {
  const params = new URLSearchParams({ series: seriesUid });
  if (frame !== null && frame !== undefined) params.set('frame', String(frame + 1));
  return `?${params.toString()}`;
}

/** The series and 0-based frame an address asks the viewer for. */
export function requestedPosition(search: URLSearchParams): { seriesUid: string; frame: number } | null {
  const seriesUid = search.get('series');
  if (!seriesUid) return null;
  const shown = Number(search.get('frame') ?? '1');
  return { seriesUid, frame: Number.isInteger(shown) && shown >= 1 ? shown - 1 : 0 };
}
