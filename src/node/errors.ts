// What went wrong, in words for the person at the keyboard: the one place that turns an error
// from the system (a file, a folder, a port) or from the program into a Chinese message that
// names the file or option and says what to do. Nothing here prints; callers report.

/** The command line itself is wrong (an unknown option, a bad port): exit status 2. */
export class UsageError extends Error {}

/** Whether a path was being read (a speech, a folder of them) or written (the output). */
export type Access = 'read' | 'write';

type Problem = string | { read: string; write: string };

/** Per error code, what to tell the user; `「<path>」` goes in front, `。` after. */
const FILE_PROBLEMS: Record<string, Problem> = {
  ENOENT: { read: '不存在：请检查路径和文件名是否写对', write: '写不进去，它所在的文件夹不存在：请用 --out 指定一个存在的文件夹' },
  ENOTDIR: { read: '不存在：请检查路径和文件名是否写对', write: '是一个文件，不是文件夹：请用 --out 指定一个文件夹（不存在的文件夹会自动创建）' },
  EEXIST: '是一个文件，不是文件夹：请用 --out 指定一个文件夹（不存在的文件夹会自动创建）',
  EACCES: {
    read: '没有读取权限：请检查它的权限设置，或把它复制到自己的文件夹里再试',
    write: '没有写入权限：请用 --out 指定一个自己有权限写入的文件夹，或请管理员开放权限',
  },
  EISDIR: { read: '是文件夹，不是讲话稿：请指定其中的 .txt、.md 或 .docx 文件', write: '是一个文件夹，不能当作文件写入：请把它移走或改名后再试' },
  EBUSY: '正被其他程序占用：请在 Word、WPS 或阅读器中关闭它后再试',
  ENAMETOOLONG: '的名字太长，超出了系统允许的长度：请把讲话稿的文件名（或所在文件夹的路径）改短后再试',
  ELOOP: '是一个指向自己的快捷方式（符号链接）：请指定真正的文件或文件夹',
  EROFS: '在只读的磁盘上，不能写入：请用 --out 指定其他文件夹',
  ENOSPC: '写不进去，磁盘已满：请清理磁盘，或用 --out 指定其他磁盘上的文件夹',
  EMFILE: '暂时打不开，同时打开的文件太多：请关闭一些程序后再试',
  EIO: '读写出错，磁盘或网络盘可能有问题：请把文件复制到本机后再试',
};
FILE_PROBLEMS.EPERM = FILE_PROBLEMS.EACCES;
FILE_PROBLEMS.ENFILE = FILE_PROBLEMS.EMFILE;

const FALLBACK: Record<Access, string> = {
  read: '读取失败：请确认文件可以正常打开后再试',
  write: '写入失败：请检查 --out 指定的文件夹后再试',
};

/** Syscalls that write; an error from any other is taken as a read. */
const WRITES = new Set(['mkdir', 'write', 'rename', 'copyfile', 'cp', 'symlink', 'unlink', 'rmdir', 'rm', 'utime', 'chmod']);

interface SystemError {
  code: string;
  syscall?: string;
  path?: string;
  port?: number;
  address?: string;
}

function isSystemError(error: unknown): error is SystemError {
  return typeof (error as SystemError | null)?.code === 'string' && /^E[A-Z]+$/.test((error as SystemError).code);
}

/** `「<path>」…：do this。` for an error reading or writing `path`. */
export function fileErrorMessage(path: string, error: unknown, access: Access): string {
  const code = isSystemError(error) ? error.code : '';
  const problem = FILE_PROBLEMS[code];
  const text = problem === undefined ? `${FALLBACK[access]}（系统代码 ${code || '未知'}）` : typeof problem === 'string' ? problem : problem[access];
  return `「${path}」${text}。`;
}

/** A server that could not listen: the port is taken, or not ours to use. */
function listenErrorMessage(error: SystemError): string {
  const port = error.port ?? '';
  if (error.code === 'EADDRINUSE') return `端口 ${port} 已被其他程序占用：请用 --port 换一个端口（例如 --port 8081），或先关闭占用它的程序。`;
  if (error.code === 'EACCES' || error.code === 'EPERM') return `没有权限使用端口 ${port}（1024 以下的端口需要管理员权限）：请用 --port 换一个 1024 以上的端口。`;
  return `无法在端口 ${port} 上启动服务（系统代码 ${error.code}）：请用 --port 换一个端口后再试。`;
}

/** Han characters: a message written for people (ours are Chinese), not one from a library. */
const HAN = /\p{Script=Han}/u;

/**
 * Any error as a message for the user. The program's own messages (Chinese) pass as they are;
 * system errors are explained; anything else is a fault of the program, said so in Chinese,
 * with the details only when LECTERN_DEBUG is set.
 */
export function describeError(error: unknown): string {
  if (isSystemError(error)) {
    if (error.syscall === 'listen' || error.syscall === 'bind') return listenErrorMessage(error);
    if (error.path) return fileErrorMessage(error.path, error, WRITES.has(error.syscall ?? '') ? 'write' : 'read');
  }
  const message = error instanceof Error ? error.message : String(error);
  if (HAN.test(message)) return message;
  const details = process.env.LECTERN_DEBUG ? `\n${error instanceof Error ? error.stack : message}` : '';
  return `程序内部出错，没能完成：请把这条提示和所用的讲话稿发给维护人员（设置环境变量 LECTERN_DEBUG=1 再运行可看到详细信息）。${details}`;
}

/** One speech that could not be made into `product` (幻灯片, PDF…); the others go on. */
export function deckFailureMessage(speech: string, product: string, error: unknown): string {
  return `「${speech}」没能生成${product}。${describeError(error)}`;
}
