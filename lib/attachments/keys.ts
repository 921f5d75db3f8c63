import { randomBytes } from "node:crypto";

const KEY_PATTERN = /^[0-9a-f]{32}$/;

/** A stored file's name: random, so it says nothing about the report or the person's file name. */
export const newStorageKey = () => randomBytes(16).toString("hex");

export function checkStorageKey(key: string): string {
  // Keys come from our own database, but a path or object key is only ever built from one of this exact shape.
  if (!KEY_PATTERN.test(key)) throw new Error(`invalid attachment storage key: ${JSON.stringify(key)}`);
  return key;
}
