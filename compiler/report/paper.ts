// The MixConv paper's figures for its three ImageNet models (Tan & Le, "MixConv:
// Mixed Depthwise Convolutional Kernels", BMVC 2019), and how its FLOPS relate
// to mixc's multiply-accumulates.

export interface PaperModel {
  model: string;
  /** The spec network names that build it (timm's port and the TensorFlow one). */
  networks: string[];
  params: number;
  /** "FLOPS" as the paper states it: multiply-adds, MnasNet's convention. */
  flops: number;
  top1: number;
}

export const PAPER_MODELS: PaperModel[] = [
  { model: "MixNet-S", networks: ["mixnet_s", "tf_mixnet_s"], params: 4.1e6, flops: 256e6, top1: 75.8 },
  { model: "MixNet-M", networks: ["mixnet_m", "tf_mixnet_m"], params: 5.0e6, flops: 360e6, top1: 77.0 },
  { model: "MixNet-L", networks: ["mixnet_l", "tf_mixnet_l"], params: 7.3e6, flops: 565e6, top1: 78.9 },
];

/** How the two counts differ, in words for the page. */
export const FLOPS_NOTE =
  "The paper's FLOPS count multiply-adds, as MnasNet's do, over the whole network at 224x224. mixc's MACs count only the " +
  "convolutions and the classifier (out_h*out_w*out_c*in_c/groups*k*k, and in*out), as mixc stats does. The paper's " +
  "figure also takes in the elementwise work: BatchNorm, activations, the residual adds, the SE multiply and the average " +
  "pooling, about one operation per element each. The table adds that count (from the network before fusion) so the two " +
  "can be compared; after fusion most of it runs inside the convolutions' loops. GFLOP/s in the timing section are 2 flops per MAC.";

/** The paper's row for a network, if it is one of the three. */
export const paperModelOf = (network: string): PaperModel | undefined => PAPER_MODELS.find((m) => m.networks.includes(network));
