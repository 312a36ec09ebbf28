// Sends the CSRF token with every htmx request (forms carry it already as a hidden field).
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Keeps the line under a long multiple choice ("Chosen: …") in step with the choice.
document.addEventListener('change', function (event) {
  var select = event.target;
  if (!(select instanceof HTMLSelectElement) || !select.multiple) {
    return;
  }
  var line = document.querySelector('[data-chosen-for="' + select.id + '"]');
  if (line) {
    var chosen = Array.prototype.map.call(select.selectedOptions, function (option) {
      return option.textContent;
    });
    line.textContent = chosen.length ? chosen.join(', ') : line.dataset.none;
  }
});

// A form that autosaves (data-autosave) and is sent while an autosave is on its way waits
// for that autosave's answer, which brings the new version; once a send is asked for, no
// autosave starts behind it (the form carries every answer anyway). Without this a person
// on a slow connection would be told that a colleague had saved first, when it was them.
(function () {
  var states = new WeakMap();
  var GIVE_UP_AFTER = 15000;

  function stateOf(form) {
    if (!states.has(form)) {
      states.set(form, { saving: 0, since: 0, waiting: false, submitter: null, sent: false });
    }
    return states.get(form);
  }

  function autosaving(element) {
    return element instanceof HTMLFormElement && element.hasAttribute('data-autosave');
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt;
    if (!autosaving(form)) {
      return;
    }
    var state = stateOf(form);
    if (state.sent || state.waiting) {
      event.preventDefault();
      return;
    }
    state.saving++;
    state.since = Date.now();
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt;
    if (!autosaving(form)) {
      return;
    }
    var state = stateOf(form);
    state.saving = Math.max(0, state.saving - 1);
    if (state.saving === 0 && state.waiting) {
      state.waiting = false;
      form.requestSubmit(state.submitter);
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!autosaving(form)) {
      return;
    }
    var state = stateOf(form);
    if (state.saving > 0 && Date.now() - state.since < GIVE_UP_AFTER) {
      event.preventDefault();
      state.waiting = true;
      state.submitter = event.submitter;
      return;
    }
    state.sent = true;
  });

  // back to a page kept by the browser: it may autosave again
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.querySelectorAll('form[data-autosave]').forEach(function (form) {
        states.delete(form);
      });
    }
  });
})();

// Every table of a page sits in a box that scrolls sideways when the table is wider than
// the screen, so the page itself never does. A box that scrolls can be reached with the
// keyboard and is named after the table's caption.
(function () {
  function wrap(root) {
    root.querySelectorAll('main table').forEach(function (table) {
      if (table.parentElement.classList.contains('table-scroll')) {
        return;
      }
      var box = document.createElement('div');
      box.className = 'table-scroll';
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    });
    mark();
  }

  function mark() {
    document.querySelectorAll('.table-scroll').forEach(function (box) {
      var table = box.querySelector('table');
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        var caption = table && table.caption ? table.caption.textContent.trim() : '';
        if (caption) {
          box.setAttribute('role', 'region');
          box.setAttribute('aria-label', caption);
        }
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    wrap(document);
  });
  document.addEventListener('htmx:load', function (event) {
    wrap(event.detail.elt.ownerDocument);
  });
  window.addEventListener('resize', mark);
})();
