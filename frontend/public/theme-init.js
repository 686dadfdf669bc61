// Applies the saved theme before the first paint, so dark mode never flashes white.
// Mirrors src/app/theme.ts (storage key "medianest.theme": "light" | "dark"; absent = follow the system).
(function () {
  var theme = null;
  try {
    theme = window.localStorage.getItem('medianest.theme');
  } catch (e) {
    /* storage unavailable */
  }
  if (theme !== 'light' && theme !== 'dark') {
    theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  var root = document.documentElement;
  if (theme === 'dark') root.classList.add('dark');
  root.style.colorScheme = theme;
})();
