import { z } from "zod";
import { PuenteError } from "../errors";

/** Keyset position: the last row's sort key and id, opaque to the client. */
const cursorShape = z.object({ k: z.union([z.number(), z.string()]), id: z.uuid() });
export type Cursor = z.infer<typeof cursorShape>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(text: string): Cursor {
  try {
    return cursorShape.parse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
  } catch {
    throw new PuenteError("BAD_REQUEST", "errors.directory.badCursor");
  }
}
