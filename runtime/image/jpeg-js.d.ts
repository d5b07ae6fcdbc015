// jpeg-js's decoder alone (its index also loads the encoder, which needs Node's Buffer).
declare module "jpeg-js/lib/decoder.js" {
  import { decode } from "jpeg-js";
  export default decode;
}
