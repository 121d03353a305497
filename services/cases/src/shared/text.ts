import { z } from 'zod';

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
