'use strict';
// The editor's desk in the admin: autosave and its restore, the preview panel, a warning before
// leaving unsaved changes, tag suggestions, and the searching list filters. Every part works on
// what the server rendered; without this script the forms still save and the buttons still act.
{
    const form = document.querySelector('form[id$="_form"][method="post"]');
    const tools = document.querySelector('[data-autosave-url]');
    const csrf = () => (document.querySelector('[name=csrfmiddlewaretoken]') || {}).value;
    // Only the item's own fields: not inlines ("citations-0-…"), workflow step fields or Django's.
    const ownField = (name) => name && !name.includes('-') && !name.startsWith('_') && name !== 'csrfmiddlewaretoken';

    function fields() {
        const data = {};
        for (const [name, value] of new FormData(form)) {
            if (!ownField(name) || name === 'opened_version' || typeof value !== 'string') continue;
            if (name in data) data[name] = [].concat(data[name], value); else data[name] = value;
        }
        return data;
    }

    if (form && tools) {
        const url = tools.dataset.autosaveUrl;
        const status = document.querySelector('[data-autosave-status]');
        const opened = () => (form.querySelector('[name=opened_version]') || {}).value || null;
        // unsaved: typed since the page was saved (warn before leaving); pending: typed since
        // the last autosave; submitting: the form is on its way, so no copy is kept after it.
        let unsaved = false, pending = false, timer = null, submitting = false;

        const send = (payload, keepalive) => fetch(url, {
            method: 'POST', keepalive, credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-CSRFToken': csrf()},
            body: JSON.stringify(payload),
        });
        // A copy the server could not keep for now (busy: a 503, as SQLite's lock during a photo
        // save is; or no connection) is tried again by itself, quietly, waiting longer each time;
        // one the server refused (a 400 or 403) is not, and the person is told to save.
        const RETRY_SECONDS = [3, 6, 12, 30, 60];
        let failures = 0, retry = null;
        const tell = (text) => { if (status) status.textContent = text; };
        const again = () => {
            clearTimeout(retry);
            retry = setTimeout(() => save(false), 1000 * RETRY_SECONDS[Math.min(failures, RETRY_SECONDS.length - 1)]);
            failures += 1;
        };
        const save = (keepalive) => {
            if (!pending || submitting) return;
            pending = false;
            clearTimeout(retry);
            send({opened_version: opened(), data: fields()}, keepalive).then((response) => {
                if (response.ok) {
                    failures = 0;
                    tell(`Kept automatically at ${new Date().toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'})}; not saved yet.`);
                    return;
                }
                pending = true;
                if (response.status >= 500 || response.status === 408 || response.status === 429) {
                    tell('Not kept automatically yet: trying again in a moment.');
                    again();
                } else {
                    tell('Could not keep your changes automatically: save them.');
                }
            }).catch(() => {
                pending = true;
                tell('Offline: your changes are not kept yet. Trying again; save when you can.');
                again();
            });
        };
        const changed = (event) => {
            if (!event.target.name || event.target.closest('.nr-transitions')) return;
            unsaved = pending = true;
            clearTimeout(timer);
            timer = setTimeout(() => save(false), 3000);
        };
        form.addEventListener('input', changed);
        form.addEventListener('change', changed);
        form.addEventListener('submit', (event) => {
            // The preview opens in the panel and leaves the page as it is.
            if (event.submitter && event.submitter.hasAttribute('data-preview-open')) return;
            submitting = true;
            clearTimeout(timer);
        });
        document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') save(true); });
        window.addEventListener('beforeunload', (event) => {
            if (unsaved && !submitting) { save(true); event.preventDefault(); event.returnValue = ''; }
        });

        const offer = document.querySelector('[data-autosave-offer]');
        if (offer) {
            offer.querySelector('[data-autosave-restore]').addEventListener('click', () => {
                const data = JSON.parse(document.getElementById('nr-autosave-data').textContent);
                for (const [name, value] of Object.entries(data)) {
                    const input = form.elements.namedItem(name);
                    if (!input || !ownField(name)) continue;
                    if (input instanceof RadioNodeList || input.type === 'select-multiple') continue;
                    if (input.type === 'checkbox') input.checked = value === 'on'; else input.value = value;
                }
                // The copy keeps the version it was typed on: a save after someone else's is refused.
                const version = offer.querySelector('[data-autosave-version]').dataset.autosaveVersion;
                const openedInput = form.querySelector('[name=opened_version]');
                if (version && openedInput) openedInput.value = version;
                unsaved = pending = true;
                offer.querySelector('p').textContent = 'Restored: check the text, then save it.';
                offer.querySelectorAll('button').forEach((b) => b.remove());
            });
            offer.querySelector('[data-autosave-discard]').addEventListener('click', () => {
                send({discard: true}, false).then(() => offer.remove());
            });
        }
    }

    // The preview: the form is posted into the panel's frame; the panel opens over the editor.
    const dialog = document.querySelector('[data-preview-dialog]');
    const opener = document.querySelector('[data-preview-open]');
    if (dialog && opener) {
        const frame = dialog.querySelector('iframe');
        opener.addEventListener('click', () => dialog.showModal());
        dialog.querySelector('[data-preview-close]').addEventListener('click', () => dialog.close());
        dialog.querySelectorAll('[data-preview-width]').forEach((button) => button.addEventListener('click', () => {
            frame.style.width = `${button.dataset.previewWidth}px`;
            dialog.querySelectorAll('[data-preview-width]').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
        }));
    }

    // Tags: offer existing tags for the name being typed after the last comma, once typing
    // pauses, and only for the latest name asked (an older answer arriving late is dropped).
    document.querySelectorAll('input[data-suggestions-url]').forEach((input) => {
        const list = document.getElementById(input.getAttribute('list'));
        let asked = '', pause = null, inFlight = null;
        const suggest = () => {
            const parts = input.value.split(',');
            const term = parts[parts.length - 1].trim();
            if (term === asked) return;
            asked = term;
            if (inFlight) inFlight.abort();
            if (!term) { list.replaceChildren(); return; }
            inFlight = new AbortController();
            fetch(`${input.dataset.suggestionsUrl}?term=${encodeURIComponent(term)}`, {credentials: 'same-origin', signal: inFlight.signal})
                .then((response) => response.json())
                .then(({names}) => {
                    if (asked !== term) return;
                    const before = parts.slice(0, -1).map((p) => p.trim()).filter(Boolean);
                    list.replaceChildren(...names.filter((n) => !before.includes(n)).map((name) => {
                        const option = document.createElement('option');
                        option.value = [...before, name].join(', ');
                        option.label = name;
                        return option;
                    }));
                })
                .catch((error) => { if (error.name !== 'AbortError') list.replaceChildren(); });
        };
        input.addEventListener('input', () => { clearTimeout(pause); pause = setTimeout(suggest, 250); });
    });

    // A multiple select2 box types into a search field of its own, which has no label, and puts
    // its "remove all" cross straight in the list of choices, where only list items may be (each
    // choice has its own cross, and the keyboard removes them): name the field, hide the cross
    // from assistive technology.
    function nameMultipleBox(box, name) {
        const search = box.querySelector('.select2-search__field');
        if (search && name) search.setAttribute('aria-label', name);
        box.querySelectorAll('.select2-selection__clear').forEach((clear) => clear.setAttribute('aria-hidden', 'true'));
    }

    // Select2 draws its own box, labelled by the text it shows (empty until something is
    // chosen): name it after the field or filter it stands for, then what it shows.
    function nameSelect2Boxes() {
        document.querySelectorAll('select.admin-autocomplete').forEach((select) => {
            const box = select.parentElement.querySelector('.select2-selection[role=combobox]');
            const label = select.id && document.querySelector(`label[for="${select.id}"]`);
            if (box && select.multiple) {
                nameMultipleBox(box, label ? label.textContent.trim().replace(/:$/, '') : '');
            }
            if (box && !label) {
                // In a tabular inline the column's heading names the field.
                const cell = select.closest('td');
                const heading = cell && cell.closest('table').querySelectorAll('thead th')[cell.cellIndex];
                const shown = box.querySelector('.select2-selection__rendered');
                const name = heading ? heading.textContent.trim() : '';
                if (!name) return;
                if (shown) shown.setAttribute('aria-label', name);
                box.setAttribute('aria-label', [name, shown && shown.textContent.trim()].filter(Boolean).join(': '));
                return;
            }
            if (!box || !label) return;
            if (!label.id) label.id = `${select.id}-label`;
            const shown = box.querySelector('.select2-selection__rendered');
            if (shown) {
                shown.setAttribute('aria-label', label.textContent.trim().replace(/:$/, ''));
                box.setAttribute('aria-labelledby', `${label.id} ${shown.id}`);
            } else {
                box.setAttribute('aria-labelledby', label.id);
            }
        });
    }
    // After the admin's own ready handlers (autocomplete.js draws the select2 boxes in one).
    if (window.django && django.jQuery) {
        const $ = django.jQuery;
        $(() => setTimeout(() => {
            nameSelect2Boxes();
            $(document).on('select2:select select2:unselect select2:clear', () => setTimeout(nameSelect2Boxes));
            document.addEventListener('formset:added', () => setTimeout(nameSelect2Boxes));
            // The searching list filters go to the list with the chosen value.
            $('select.nr-autocomplete-filter').on('change', function () {
                const params = new URLSearchParams(this.dataset.query);
                if (this.value) params.set(this.dataset.parameter, this.value);
                window.location.search = params.toString();
            });
        }));
    }
}
