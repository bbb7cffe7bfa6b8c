package browsertest_test

import (
	"testing"

	"modelmarket/web/browsertest"
)

// Lost clicks made browser tests fail now and then: the site scrolls
// smoothly, and a click aimed while a scroll was still running landed on
// something else. The test browser asks for reduced motion, which the site
// honours with instant scrolling.
func TestBrowser_ReducedMotionScrollsInstantly(t *testing.T) {
	env := browsertest.Shared(t)
	p := env.NewPage(t, browsertest.PageOptions{NoWallet: true})
	p.Go("/")
	var got struct {
		Reduced  bool
		Behavior string
	}
	p.Eval(`({reduced: matchMedia('(prefers-reduced-motion: reduce)').matches, behavior: getComputedStyle(document.documentElement).scrollBehavior})`, &got)
	if !got.Reduced || got.Behavior != "auto" {
		t.Fatalf("prefers-reduced-motion %v, scroll-behavior %q: scrolls are animated, and clicks aimed during one miss", got.Reduced, got.Behavior)
	}
}

// Click notices a click that did not reach its element (here the button
// jumps away as the mouse goes down, like a late layout shift) and clicks
// again, instead of leaving the test to time out on a status that never
// comes.
func TestBrowser_ClickRetriesAMissedClick(t *testing.T) {
	env := browsertest.Shared(t)
	p := env.NewPage(t, browsertest.PageOptions{NoWallet: true})
	p.Go("/")
	p.Eval(`(() => {
		const b = document.createElement('button');
		b.id = 'jumpy';
		b.textContent = 'Jumpy';
		b.style.position = 'relative';
		b.addEventListener('pointerdown', () => {
			if (b.dataset.jumped) return;
			b.dataset.jumped = 'yes';
			b.style.top = '200px';
		});
		b.addEventListener('click', () => { b.dataset.clicked = String(Number(b.dataset.clicked ?? 0) + 1); });
		document.querySelector('main').prepend(b);
	})()`, nil)
	p.Click("#jumpy")
	var got struct{ Jumped, Clicked string }
	p.Eval(`({jumped: document.querySelector('#jumpy').dataset.jumped ?? '', clicked: document.querySelector('#jumpy').dataset.clicked ?? '0'})`, &got)
	if got.Jumped != "yes" || got.Clicked != "1" {
		t.Fatalf("jumped %q, the button saw %s clicks; want a jump and exactly 1 click", got.Jumped, got.Clicked)
	}
}
