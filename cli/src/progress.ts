/**
 * The batch progress bar (cli-progress) on a terminal: files done, rate,
 * elapsed time and time left. Nothing at all when the stream is not a TTY
 * (pipes, CI logs, files).
 */
import cliProgress from 'cli-progress';

/** Progress callbacks the batch runner calls. */
export interface Progress {
  start(total: number): void;
  tick(path: string): void;
  stop(): void;
}

/**
 * A progress bar writing to `stream`, or undefined when `stream` is not a
 * TTY (or `enabled` is false).
 */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, enabled = true): Progress | undefined {
  if (!enabled || !stream.isTTY) return undefined;
  let bar: cliProgress.SingleBar | undefined;
  let t0 = 0;
  let done = 0;
  return {
    start(total) {
      t0 = Date.now();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: '审校 {bar} {value}/{total} 份 | {speed} 份/秒 | 已用 {duration_formatted} | 剩余 {eta_formatted}',
          barsize: 24,
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 50,
          fps: 5,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, { speed: '0.0' });
    },
    tick() {
      done++;
      const s = (Date.now() - t0) / 1000;
      bar?.update(done, { speed: s > 0 ? (done / s).toFixed(1) : '0.0' });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
