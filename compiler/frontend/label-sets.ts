// Class-name lists that ship with mixc, by the name a spec gives them
// (`labels imagenet-1k`).
import { IMAGENET_1K } from "./imagenet-1k.ts";

export const LABEL_SETS: Readonly<Record<string, readonly string[]>> = Object.freeze({ "imagenet-1k": IMAGENET_1K });
