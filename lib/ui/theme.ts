// Runs before paint so the page never flashes the wrong theme; its hash is allowed by the CSP.
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d)}catch(e){}";
