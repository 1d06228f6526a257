// Drag and drop onto the file field. The form works without this script; it only adds the drop zone.
(function () {
  const drop = document.getElementById('drop');
  const input = document.getElementById('files');
  const chosen = document.getElementById('chosen');
  if (!drop || !input) return;
  const show = () => {
    const names = Array.from(input.files).map(f => f.name);
    chosen.textContent = names.length ? 'Đã chọn: ' + names.join(', ') : '';
  };
  input.addEventListener('change', show);
  ['dragenter', 'dragover'].forEach(type => drop.addEventListener(type, e => { e.preventDefault(); drop.classList.add('over'); }));
  ['dragleave', 'drop'].forEach(type => drop.addEventListener(type, e => { e.preventDefault(); drop.classList.remove('over'); }));
  drop.addEventListener('drop', e => { input.files = e.dataTransfer.files; show(); });
})();
