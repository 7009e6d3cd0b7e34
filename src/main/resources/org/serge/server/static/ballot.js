// Serge ballots: progressive enhancement. Without this script a ranked ballot is a numbered
// choice per candidate and a budget ballot a list of ticks; both submit as plain forms. With it,
// candidates move by Up/Down buttons, by the arrow keys on their handle, and by dragging the
// handle (mouse, pen or touch: pointer events); the numbers follow the order. A budget ballot
// shows the running total of the ticked projects against the budget.
(function () {
  'use strict';

  function show(root) {
    root.querySelectorAll('.js-only').forEach(function (el) { el.hidden = false; });
  }

  function ranking(list) {
    var announce = list.parentNode.querySelector('[data-announce]');
    var items = function () { return Array.prototype.slice.call(list.querySelectorAll('li.candidate')); };
    var select = function (li) { return li.querySelector('select'); };
    var name = function (li) { return li.querySelector('label').textContent; };

    // Ranked candidates are numbered 1..k in the order shown; the unranked keep no number.
    // Placing a candidate ranks it and everyone shown above it.
    function renumber(moved) {
      if (moved) {
        var all = items();
        all.slice(0, all.indexOf(moved) + 1).forEach(function (li) { select(li).dataset.ranked = 'yes'; });
      }
      var rank = 0;
      items().forEach(function (li) {
        var s = select(li);
        if (s.value !== '' || s.dataset.ranked === 'yes') { s.value = String(++rank); s.dataset.ranked = 'yes'; }
      });
      if (moved && announce) {
        announce.textContent = name(moved) + ': rank ' + select(moved).value + ' of ' + items().length;
      }
    }

    function move(li, delta) {
      var all = items();
      var at = all.indexOf(li) + delta;
      if (at < 0 || at >= all.length) { return; }
      if (delta < 0) { list.insertBefore(li, all[at]); } else { list.insertBefore(li, all[at].nextSibling); }
      renumber(li);
    }

    // A number chosen in a select moves the candidate to that place among the ranked.
    list.addEventListener('change', function (event) {
      var li = event.target.closest('li.candidate');
      var s = select(li);
      if (s.value === '') { s.dataset.ranked = ''; list.appendChild(li); renumber(null); return; }
      var wanted = Number(s.value);
      var ranked = items().filter(function (x) { return x !== li && select(x).value !== ''; });
      // The ranked are always the first ones shown: the candidate goes to its place among them.
      var before = ranked[wanted - 1] || (ranked.length ? ranked[ranked.length - 1].nextSibling : items()[0]);
      list.insertBefore(li, before);
      renumber(li);
    });

    list.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button) { return; }
      var li = button.closest('li.candidate');
      if (button.classList.contains('up')) { move(li, -1); button.focus(); }
      if (button.classList.contains('down')) { move(li, 1); button.focus(); }
    });

    list.addEventListener('keydown', function (event) {
      if (!event.target.classList.contains('handle')) { return; }
      var li = event.target.closest('li.candidate');
      if (event.key === 'ArrowUp') { move(li, -1); } else if (event.key === 'ArrowDown') { move(li, 1); } else { return; }
      event.preventDefault();
      event.target.focus();
    });

    var dragged = null;
    list.addEventListener('pointerdown', function (event) {
      if (!event.target.classList.contains('handle')) { return; }
      dragged = event.target.closest('li.candidate');
      dragged.classList.add('dragging');
      event.target.setPointerCapture(event.pointerId);
      event.preventDefault();
    });
    list.addEventListener('pointermove', function (event) {
      if (!dragged) { return; }
      var over = items().filter(function (li) {
        var box = li.getBoundingClientRect();
        return li !== dragged && event.clientY >= box.top && event.clientY <= box.bottom;
      })[0];
      if (!over) { return; }
      var box = over.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? over.nextSibling : over);
    });
    function drop() {
      if (!dragged) { return; }
      dragged.classList.remove('dragging');
      renumber(dragged);
      dragged = null;
    }
    list.addEventListener('pointerup', drop);
    list.addEventListener('pointercancel', drop);
    show(list.closest('form'));
  }

  function budget(form) {
    var output = form.querySelector('[data-total]');
    var limit = Number(form.querySelector('[data-budget]').textContent);
    var over = form.querySelector('[data-over]');
    function total() {
      var sum = 0;
      form.querySelectorAll('input[data-cost]').forEach(function (box) { if (box.checked) { sum += Number(box.dataset.cost); } });
      output.textContent = String(sum);
      over.textContent = sum > limit ? 'More than the budget: the rule funds what the voters\u2019 shares allow.' : '';
      over.className = sum > limit ? 'over' : '';
    }
    form.addEventListener('change', total);
    total();
    show(form);
  }

  document.querySelectorAll('[data-ranking]').forEach(ranking);
  document.querySelectorAll('form.budget-ballot').forEach(budget);
}());
