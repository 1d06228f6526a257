// This browser's own recent checks, kept in its localStorage only: the server lists nobody's checks.
// The result page records itself (data-* attributes of its script tag); the home page shows the list.
(function () {
  const KEY = 'soat.myChecks';
  const read = () => { try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; } };
  const me = document.getElementById('mine-script');
  if (me && me.dataset.id) {
    const list = read().filter(c => c.id !== me.dataset.id);
    list.unshift({ id: me.dataset.id, file: me.dataset.file, verdict: me.dataset.verdict, at: me.dataset.at });
    localStorage.setItem(KEY, JSON.stringify(list.slice(0, 10)));
  }
  const section = document.getElementById('mine');
  const ul = document.getElementById('mine-list');
  if (!section || !ul) return;
  const list = read();
  list.forEach(c => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '/checks/' + encodeURIComponent(c.id);
    a.textContent = c.file;
    const small = document.createElement('span');
    small.className = 'muted';
    small.textContent = ' ' + c.verdict + ' · ' + c.at;
    li.append(a, small);
    ul.append(li);
  });
  section.hidden = list.length === 0;
})();
