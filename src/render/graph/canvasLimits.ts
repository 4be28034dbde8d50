/**
 * Largest image this browser can draw: sigma draws nodes and edges with WebGL, whose drawing buffer has a maximum
 * side and a maximum area (Chromium silently shrinks a bigger buffer, which would misplace nodes against labels).
 * Probed once with an oversized buffer, then released.
 */
export function canvasLimits(): { side: number; area: number } {
  if (limits) return limits;
  const probe = document.createElement("canvas");
  const gl = probe.getContext("webgl2");
  if (!gl) return { side: 4096, area: 4096 * 4096 };
  const side = Math.min(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, ...(gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array));
  probe.width = side;
  probe.height = side;
  limits = { side, area: gl.drawingBufferWidth * gl.drawingBufferHeight };
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return limits;
}
let limits: { side: number; area: number } | undefined;

/** Why an image of this size cannot be made here, or undefined when it can. */
export function sizeProblem(size: { width: number; height: number }, limits = canvasLimits()): string | undefined {
  const { width, height } = size;
  if (width > limits.side || height > limits.side) {
    return `A ${width} × ${height} px image is larger than this browser can draw (at most ${limits.side} px a side). Choose a smaller size or scale.`;
  }
  if (width * height > limits.area) {
    const millions = Math.floor(limits.area / 1e5) / 10;
    return `A ${width} × ${height} px image is larger than this browser can draw (at most ${millions} million pixels). Choose a smaller size or scale.`;
  }
  return undefined;
}
