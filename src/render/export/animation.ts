/**
 * Encoders for animation exports: each takes the frames (canvases rendered off-screen by renderSnapshot, one per
 * time step) in order and gives one file. The libraries load on demand: nobody pays for them until they export.
 */

export type AnimationFormat = "webm" | "gif" | "png-zip";

export interface FrameSink {
  /** Adds the next frame, shown for `seconds`. */
  add(canvas: HTMLCanvasElement, seconds: number): Promise<void>;
  /** The encoded file. */
  finish(): Promise<Blob>;
  /** Drops what was encoded (on Cancel or failure). */
  cancel(): Promise<void>;
}

export const MIME: Record<AnimationFormat, string> = { webm: "video/webm", gif: "image/gif", "png-zip": "application/zip" };

/** WebCodecs (VideoEncoder) encodes video; without it (Firefox before 130, older Safari) only GIF and PNG series remain. */
export function canEncodeVideo(): boolean {
  return typeof VideoEncoder !== "undefined";
}

/** WebM (VP9) through WebCodecs, muxed by mediabunny. */
export async function webmSink(): Promise<FrameSink> {
  const { BufferTarget, Output, QUALITY_HIGH, VideoSample, VideoSampleSource, WebMOutputFormat } = await import("mediabunny");
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  // A key frame per step: every frame of a slideshow is a new picture, and players can seek to any step.
  const source = new VideoSampleSource({ codec: "vp9", bitrate: QUALITY_HIGH, keyFrameInterval: 0 });
  output.addVideoTrack(source);
  await output.start();
  let time = 0;
  return {
    async add(canvas, seconds) {
      const sample = new VideoSample(canvas, { timestamp: time, duration: seconds });
      try {
        await source.add(sample);
      } finally {
        sample.close();
      }
      time += seconds;
    },
    async finish() {
      await output.finalize();
      return new Blob([output.target.buffer!], { type: MIME.webm });
    },
    async cancel() {
      await output.cancel();
    },
  };
}

/** GIF through gifenc: a palette of 256 colours per frame, looping forever. */
export async function gifSink(): Promise<FrameSink> {
  const { GIFEncoder, applyPalette, quantize } = await import("gifenc");
  const gif = GIFEncoder();
  return {
    async add(canvas, seconds) {
      const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
      const palette = quantize(data, 256);
      gif.writeFrame(applyPalette(data, palette), canvas.width, canvas.height, { palette, delay: Math.round(seconds * 1000), repeat: 0 });
    },
    async finish() {
      gif.finish();
      return new Blob([gif.bytes() as Uint8Array<ArrayBuffer>], { type: MIME.gif });
    },
    async cancel() {},
  };
}

/** One PNG per step in a zip (fflate), each named by its period and carrying its caption as its Title. */
export async function pngZipSink(names: readonly string[], encode: (canvas: HTMLCanvasElement, index: number) => Promise<Blob>): Promise<FrameSink> {
  const { zipSync } = await import("fflate");
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  let index = 0;
  return {
    async add(canvas) {
      const png = new Uint8Array(await (await encode(canvas, index)).arrayBuffer());
      // PNGs are compressed already: stored, not deflated again.
      files[names[index++]] = [png, { level: 0 }];
    },
    async finish() {
      return new Blob([zipSync(files) as Uint8Array<ArrayBuffer>], { type: MIME["png-zip"] });
    },
    async cancel() {},
  };
}
