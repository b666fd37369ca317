// Opening browser mode in the user's default browser (npm start does this; `serve --open`). Only where
// a browser can show it: on Linux and the BSDs that needs a graphical session.
export interface Opener {
  command: string;
  args: string[];
}

export function openerFor(url: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): Opener | null {
  // Tests and unusual desktops name their own opener (it gets the URL as its one argument).
  if (env.HYBRID_PLANNER_OPENER) return { command: env.HYBRID_PLANNER_OPENER, args: [url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is the window title, hence the empty one.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}
