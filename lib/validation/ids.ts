import { z } from "zod";

/** A record id from a URL or form. Anything else is treated as "not found", never as an error that hints at existence. */
export const IdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
