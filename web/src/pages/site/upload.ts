import { accessToken } from '../../token';

export interface Progress {
  loaded: number;
  total: number;
}

/**
 * Sends one DICOM file to the upload's STOW-RS address as one `application/dicom` body,
 * with the upload progress of XMLHttpRequest (fetch has no upload progress without a
 * streamed body, which needs HTTP/2). No timeout of its own: a slow link takes as long as
 * it takes, and the server counts the bytes as they arrive. The browser streams the File
 * from disk; it is never read into memory.
 */
export function sendDicom(url: string, file: File, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    const token = accessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/dicom');
    xhr.setRequestHeader('Accept', 'application/dicom+json');
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => resolve({ status: xhr.status });
    xhr.onerror = () => reject(new Error('network'));
    xhr.onabort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
