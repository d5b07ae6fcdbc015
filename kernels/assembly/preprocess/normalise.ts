// ToTensor and Normalize through a table: uint8 -> (v / 255 - mean) / std, in
// float32 at every step as torch computes it; pixels interleaved -> NCHW planes.

/** The channels x 256 table. */
export function normalisationTable(lut: usize, channels: i32, mean0: f32, mean1: f32, mean2: f32, std0: f32, std1: f32, std2: f32): void {
  for (let c = 0; c < channels; c++) {
    const mean = c == 0 ? mean0 : c == 1 ? mean1 : mean2;
    const std = c == 0 ? std0 : c == 1 ? std1 : std2;
    for (let v = 0; v < 256; v++) store<f32>(lut + (<usize>(c * 256 + v) << 2), (<f32>v / 255 - mean) / std);
  }
}

/** Row y of a cropHeight x cropWidth crop (`channels` bytes a pixel) -> its place in each of the channel planes at `out`. */
export function normaliseRow(row: usize, cropHeight: i32, cropWidth: i32, channels: i32, lut: usize, y: i32, out: usize): void {
  const plane = (<usize>cropHeight * <usize>cropWidth) << 2;
  const line = out + ((<usize>y * <usize>cropWidth) << 2);
  for (let c = 0; c < channels; c++) {
    const table = lut + (<usize>c << 10);
    const dst = line + <usize>c * plane;
    for (let x = 0; x < cropWidth; x++) {
      const v = <usize>load<u8>(row + <usize>(x * channels + c));
      store<f32>(dst + (<usize>x << 2), load<f32>(table + (v << 2)));
    }
  }
}
