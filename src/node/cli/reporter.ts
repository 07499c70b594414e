// Terminal messages for people: progress and problems go to stderr, so stdout stays clean for
// machine output (`outline --json`).
export interface Reporter {
  step(message: string): void;
  done(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function consoleReporter(stream: NodeJS.WritableStream = process.stderr): Reporter {
  const write = (prefix: string, message: string) => stream.write(`${prefix}${message}\n`);
  return {
    step: (m) => write('… ', m),
    done: (m) => write('✓ ', m),
    warn: (m) => write('提示：', m),
    error: (m) => write('错误：', m),
  };
}
