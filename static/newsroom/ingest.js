'use strict';
// The ingest review (templates/admin/newsroom/ingest/review.html): keyboard steps through the
// quotations (j / k, Enter to accept and go on, x to leave out), the body beside the list scrolled
// to the quotation in focus with its words highlighted, and the newsroom's actors offered as a
// speaker is typed (the admin's own autocomplete view). Without this script the page is a plain
// form that does the same by Tab, clicks and the "In the text" links.
{
    const form = document.querySelector('form[data-review]');
    if (form) {
        document.documentElement.classList.add('nr-js');
        const body = form.querySelector('[data-review-body]');
        const status = form.querySelector('[data-review-status]');
        const cards = Array.from(form.querySelectorAll('fieldset.nr-quotation'));
        const radios = (card) => card.querySelectorAll('input[name$="-decision"]');
        const decision = (card) => {
            const checked = card.querySelector('input[name$="-decision"]:checked');
            return checked ? checked.value : '';
        };
        const marksOf = (card) => (body ? body.querySelectorAll(`mark[data-quote="${card.dataset.quote}"]`) : []);
        let current = null;

        function show(card) {
            if (card === current) return;
            if (current) {
                current.classList.remove('nr-current');
                marksOf(current).forEach((m) => m.classList.remove('nr-focus'));
            }
            current = card;
            card.classList.add('nr-current');
            const marks = marksOf(card);
            marks.forEach((m) => m.classList.add('nr-focus'));
            if (marks.length && body) {
                // Scroll the body's own box, not the page: the list stays where the editor is.
                const top = marks[0].getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
                body.scrollTop = Math.max(0, top - body.clientHeight / 3);
            }
        }

        function focusCard(card) {
            const target = card.querySelector('input[name$="-decision"]:checked') || radios(card)[0];
            target.focus();
            card.scrollIntoView({ block: 'nearest' });
            show(card);
        }

        function step(by) {
            // From the card in focus to the next or the one before; from anywhere else, to the first
            // card after the focus (j) or the last before it (k).
            const focused = document.activeElement;
            const inCard = focused && focused.closest ? focused.closest('fieldset.nr-quotation') : null;
            let next;
            if (inCard) {
                next = cards[Math.min(cards.length - 1, Math.max(0, cards.indexOf(inCard) + by))];
            } else if (focused && focused !== document.body && form.contains(focused)) {
                const after = (card) => focused.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING;
                next = by > 0 ? cards.find(after) : cards.filter((card) => !after(card)).pop();
            } else {
                next = by > 0 ? cards[0] : cards[cards.length - 1];
            }
            if (next) focusCard(next);
        }

        function paint(card) {
            const value = decision(card);
            card.classList.toggle('nr-left-out', value === 'reject');
            card.classList.toggle('nr-undecided', value === '');
        }

        function count() {
            if (!status) return;
            const values = cards.map(decision);
            const accepted = values.filter((v) => v === 'accept').length;
            const left = values.filter((v) => v === 'reject').length;
            const open = cards.length - accepted - left;
            status.textContent = `${accepted} accepted, ${left} left out` + (open ? `, ${open} to decide` : '') + '.';
        }

        function needsSpeaker(card) {
            const own = card.querySelector('input[name$="-speaker"]');
            return card.closest('.nr-nobody') && own && !own.value.trim();
        }

        function decide(card, value) {
            if (value === 'accept' && needsSpeaker(card)) {
                card.querySelector('input[name$="-speaker"]').focus();
                if (status) status.textContent = `Quotation ${card.dataset.quote}: name its speaker first, or leave it out (x).`;
                return false;
            }
            const radio = card.querySelector(`input[name$="-decision"][value="${value}"]`);
            radio.checked = true;
            paint(card);
            count();
            return true;
        }

        form.addEventListener('focusin', (event) => {
            const card = event.target.closest('fieldset.nr-quotation');
            if (card) show(card);
        });
        form.addEventListener('change', (event) => {
            const card = event.target.closest('fieldset.nr-quotation');
            if (!card) return;
            if (event.target.matches('input[name$="-speaker"]') && event.target.value.trim() && !decision(card)) {
                card.querySelector('input[name$="-decision"][value="accept"]').checked = true;
            }
            paint(card);
            count();
        });
        // The body's marks lead to their quotation's card.
        if (body) {
            body.addEventListener('click', (event) => {
                const link = event.target.closest('sup a');
                const card = link && document.querySelector(link.getAttribute('href'));
                if (card) {
                    event.preventDefault();
                    focusCard(card);
                }
            });
        }

        document.addEventListener('keydown', (event) => {
            if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
            const target = event.target;
            if (target.matches && target.matches('input[type="text"], input:not([type]), textarea, select')) {
                // Enter in a speaker's box keeps what was typed; it does not send the form.
                if (event.key === 'Enter' && form.contains(target)) {
                    event.preventDefault();
                    target.dispatchEvent(new Event('change', { bubbles: true }));
                    const card = target.closest('fieldset.nr-quotation');
                    if (card && decide(card, 'accept')) step(1);
                }
                return;
            }
            const card = target.closest ? target.closest('fieldset.nr-quotation') : null;
            if (event.key === 'j' || event.key === 'k') {
                event.preventDefault();
                step(event.key === 'j' ? 1 : -1);
            } else if (event.key === 'Enter' && card && target.matches('input[type="radio"]')) {
                event.preventDefault();
                if (decide(card, 'accept')) step(1);
            } else if (event.key === 'x' && (card || current)) {
                event.preventDefault();
                decide(card || current, 'reject');
                step(1);
            } else if (event.key === 'Enter' && target.matches('input[type="checkbox"], input[type="radio"]')) {
                event.preventDefault(); // Enter on a box of the speakers' rows: no accidental sending
            }
        });

        // A speaker corrected at the head of their group: the heading and the choice every box offers
        // say the new name at once (the server reads the boxes the same way when the form is sent).
        function relabel(group) {
            const labels = [];
            group.querySelectorAll('.nr-speaker-row').forEach((row) => {
                const value = (suffix) => (row.querySelector(`input[name$="-${suffix}"]`) || {}).value || '';
                const name = value('name').trim();
                if (!name) return;
                const unnamed = (row.querySelector('input[name$="-unnamed"]') || {}).checked;
                const of = value('of').trim();
                labels.push(unnamed ? `${name}, unnamed` + (of ? `, of ${of}` : '') : name);
            });
            const label = labels.join(' and ');
            if (!label) return;
            group.querySelector('[data-group-label]').textContent = label;
            const option = document.querySelector(`#nr-speaker-choices option[data-group="${group.dataset.group}"]`);
            if (option) option.value = label;
        }
        // An organisation renamed at the head of its group is renamed where a box gives it as whose another
        // speaker is (the server does the same with boxes left as they were proposed).
        const names = form.querySelectorAll('.nr-speaker-row input[name$="-name"]');
        names.forEach((input) => { input.dataset.was = input.value.trim(); });
        function follow(input) {
            const was = input.dataset.was;
            const now = input.value.trim();
            input.dataset.was = now;
            if (!was || !now || was === now) return;
            form.querySelectorAll('.nr-speaker-row input[name$="-of"]').forEach((of) => {
                if (of.value.trim() !== was || of.value !== of.defaultValue) return;
                of.value = now;
                of.defaultValue = now;
                relabel(of.closest('.nr-speaker-group'));
            });
        }
        form.addEventListener('change', (event) => {
            const group = event.target.closest('.nr-speakers') && event.target.closest('.nr-speaker-group');
            if (!group) return;
            if (event.target.matches('.nr-speaker-row input[name$="-name"]')) follow(event.target);
            relabel(group);
        });

        // Existing actors, as the editor types a speaker or whose they are: the box's own list (the
        // review's speakers, or the organisations it names), those of the review first.
        const url = form.dataset.autocomplete;
        let timer = null;
        let asked = '';
        form.addEventListener('input', (event) => {
            const list = event.target.list;
            if (!list || !url || !event.target.matches('.nr-speaker-input')) return;
            const term = event.target.value.trim();
            clearTimeout(timer);
            if (term.length < 2 || `${list.id}:${term}` === asked) return;
            timer = setTimeout(async () => {
                asked = `${list.id}:${term}`;
                try {
                    const response = await fetch(`${url}&term=${encodeURIComponent(term)}`, { credentials: 'same-origin' });
                    if (!response.ok) return;
                    const found = (await response.json()).results || [];
                    const own = new Set(Array.from(list.options).filter((o) => !o.dataset.found).map((o) => o.value));
                    list.querySelectorAll('option[data-found]').forEach((o) => o.remove());
                    for (const actor of found) {
                        if (own.has(actor.text)) continue;
                        const option = document.createElement('option');
                        option.value = actor.text;
                        option.label = 'in the newsroom';
                        option.dataset.found = '1';
                        list.appendChild(option);
                    }
                } catch (error) {
                    // Offline or refused: the box still takes any name.
                }
            }, 200);
        });

        cards.forEach(paint);
        count();
        const errors = document.getElementById('nr-review-errors');
        if (errors) errors.focus();
    }
}
