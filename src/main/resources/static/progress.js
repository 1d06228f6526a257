// The round page's progress bar: polls how many received files still wait for their check, then reloads the
// page to show the board. Without JavaScript the page says to reload it.
(function () {
  const box = document.getElementById('progress');
  if (!box || box.hidden) return;
  const bar = document.getElementById('progress-bar');
  const text = document.getElementById('progress-text');
  const poll = () => fetch(box.dataset.url, { headers: { Accept: 'application/json' } })
    .then(r => r.json())
    .then(p => {
      bar.max = p.total;
      bar.value = p.total - p.waiting;
      text.textContent = 'Đang kiểm tra: còn ' + p.waiting + ' / ' + p.total + ' tệp';
      if (p.waiting === 0) { location.reload(); } else { setTimeout(poll, 700); }
    })
    .catch(() => setTimeout(poll, 2000));
  // The first look waits long enough for the page's "Đã nhận N tệp" to be read: when every check is already done,
  // the reload that shows the board also takes that message away.
  setTimeout(poll, 1500);
})();
