// A convolution's static geometry, which both kernel families specialise on.
import type { Act } from "./activation.ts";

export interface ConvGeometry {
  k: number;
  stride: number;
  /** Input and output height and width. */
  h: number;
  w: number;
  oh: number;
  ow: number;
  /** Zero padding before, top and left. */
  padTop: number;
  padLeft: number;
  act: Act;
}

/** The stem: a dense convolution of the NCHW input. */
export interface StemGeometry extends ConvGeometry {
  cin: number;
  /** Physical output channels (a multiple of the channel block). */
  cout: number;
}
