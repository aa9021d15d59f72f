/* tui.c: the curses backend of the reader, the only file that includes
 * curses. It reads keys and names them for the key table, turns mouse
 * events and resizes into app actions, and copies the view's grid to the
 * screen. The terminal is restored on every way out: q, a signal, an
 * error. */
#define NCURSES_WIDECHAR 1
#include "dossier/tui.h"
#include "dossier/layout.h"

#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#include "dossier/app.h"
#include "dossier/app_notes.h"
#include "dossier/config.h"
#include "dossier/keys.h"
#include "dossier/notes.h"
#include "dossier/store.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "dossier/grid.h"
#include "dossier/view.h"
#include "handoff.h"

/* Where `make install` puts the sample (the Makefile may pass its own). */
#ifndef DOSSIER_DATADIR
#define DOSSIER_DATADIR "/usr/local/share/dossier"
#endif

static volatile sig_atomic_t got_signal;

/* The terminal has hung up: its input is at an end for good. */
static int terminal_gone(void)
{
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
	return poll(&p, 1, 0) == 1 && (p.revents & (POLLHUP | POLLERR | POLLNVAL));
}
static volatile sig_atomic_t screen_up;

/* Bracketed paste: the terminal wraps what is pasted in ESC[200~ ...
 * ESC[201~, named here as two keys of our own. A paste is then text,
 * not keys (an ESC in it once discarded the note being written and ran
 * the keys after it, and 20,000 characters took 20 s as keys). */
#define KEY_PASTE_BEGIN (KEY_MAX + 1)
#define KEY_PASTE_END (KEY_MAX + 2)
#define PASTE_ON "\033[?2004h"
#define PASTE_OFF "\033[?2004l"
/* What a paste may bring before it is refused (cleaned, a note holds
 * NOTES_MAX_BYTES at most). */
#define PASTE_MAX ((size_t)NOTES_MAX_BYTES * 4)

/* Asks the terminal for bracketed paste, or not; the screen's own writes
 * are flushed first, so the two do not mix. */
static void paste_mode(int on)
{
	fflush(stdout);
	fputs(on ? PASTE_ON : PASTE_OFF, stdout);
	fflush(stdout);
}

static void on_signal(int sig)
{
	got_signal = sig;
}

/* A crash still gives the terminal back before the default action. */
static void on_crash(int sig)
{
	if (screen_up) {
		/* write(2): the only way out that is safe in a handler */
		ssize_t w = write(STDOUT_FILENO, PASTE_OFF, sizeof PASTE_OFF - 1);
		(void)w;
		endwin();
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Every signal whose default is to end the process (SIGQUIT's core dump
 * too): the loop ends as for q, the terminal is given back and a note
 * being written kept as a draft (SIGQUIT, SIGUSR1, SIGPIPE or SIGALRM once
 * left the terminal raw, and SIGQUIT lost the note). */
static const int ending_signals[] = {
	SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
#ifdef SIGPOLL
	SIGPOLL,
#endif
#ifdef SIGPWR
	SIGPWR,
#endif
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
};

static void install_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a signal interrupts the wait for a key. */
	for (size_t i = 0; i < sizeof ending_signals / sizeof ending_signals[0]; i++)
		sigaction(ending_signals[i], &sa, NULL);
	sa.sa_handler = on_crash;
	sigaction(SIGABRT, &sa, NULL);
	sigaction(SIGTRAP, &sa, NULL);
	sigaction(SIGSYS, &sa, NULL);
#if !defined(__SANITIZE_ADDRESS__)
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
#endif
}

struct term {
	attr_t attr[UI_COUNT];
	short pair[UI_COUNT];
	int utf8;
	char *link_sgr;         /* the link style's rendition, for OSC 8 */
};

static attr_t attrs_of(unsigned a)
{
	attr_t r = A_NORMAL;
	if (a & UI_BOLD)
		r |= A_BOLD;
	if (a & UI_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & UI_REVERSE)
		r |= A_REVERSE;
	if (a & UI_DIM_ATTR)
		r |= A_DIM;
#ifdef A_ITALIC
	if (a & UI_ITALIC)
		r |= A_ITALIC;
#endif
	return r;
}

/* Colours unless NO_COLOR is set or the terminal has none; a colour the
 * terminal lacks falls back to the style's attributes. */
static void setup_styles(struct term *t, const struct config *c)
{
	const char *nc = getenv("NO_COLOR");
	int colour = has_colors() && !(nc && *nc);
	int defaults = 0;
	if (colour) {
		start_color();
		defaults = use_default_colors() == OK;
	}
	for (int i = 0; i < UI_COUNT; i++) {
		short fg = c->color[i].fg, bg = c->color[i].bg;
		if (!defaults) {
			fg = fg < 0 ? COLOR_WHITE : fg;
			bg = bg < 0 ? COLOR_BLACK : bg;
		}
		int paired = colour && fg < COLORS && bg < COLORS && i + 1 < COLOR_PAIRS &&
			     init_pair((short)(i + 1), fg, bg) == OK;
		if (paired) {
			t->pair[i] = (short)(i + 1);
			t->attr[i] = attrs_of(c->color[i].attrs);
		} else {
			t->pair[i] = 0;
			t->attr[i] = attrs_of(c->mono[i]);
		}
		if (i == UI_LINK)
			t->link_sgr = handoff_sgr(paired ? c->color[i].attrs : c->mono[i], paired, fg, bg);
	}
}

/* What a terminal without UTF-8 shows for a character. */
static wchar_t ascii_for(uint32_t ch)
{
	if (ch < 0x7f)
		return (wchar_t)ch;
	if (ch == 0x2500)
		return L'-';
	if (ch == 0x2502)
		return L'|';
	if (ch == 0x252c)
		return L'+';
	return L'?';
}

static void paint(const struct term *t, const struct grid *g)
{
	for (int y = 0; y < g->h; y++) {
		for (int x = 0; x < g->w; x++) {
			const struct cell *c = &g->cells[(size_t)y * (size_t)g->w + (size_t)x];
			if (c->width == 0)
				continue;
			wchar_t wc[GRID_CHARS + 1];
			int n = c->n;
			for (int k = 0; k < n; k++)
				wc[k] = t->utf8 ? (wchar_t)c->ch[k] : ascii_for(c->ch[k]);
			if (!t->utf8)
				n = 1;
			wc[n] = L'\0';
			int st = c->style < UI_COUNT ? c->style : 0;
			/* Where the terminal's idea of a width differs from ours,
			 * a placeholder keeps the columns in place. */
			int tw = wcwidth(wc[0]);
			int subst = tw != c->width;
			if (subst) {
				wc[0] = L'?';
				wc[1] = L'\0';
			}
			cchar_t cc;
			if (setcchar(&cc, wc, t->attr[st], t->pair[st], NULL) == ERR) {
				wc[1] = L'\0';
				setcchar(&cc, wc, t->attr[st], t->pair[st], NULL);
			}
			mvadd_wch(y, x, &cc);
			if (subst && c->width == 2 && x + 1 < g->w) {
				wchar_t sp[2] = { L' ', L'\0' };
				setcchar(&cc, sp, t->attr[st], t->pair[st], NULL);
				mvadd_wch(y, x + 1, &cc);
			}
		}
	}
}

/* The key table's name for what wget_wch read. */
static int name_key(int rc, wint_t wc, char *out, size_t n)
{
	static const struct {
		int code;
		const char *name;
	} named[] = {
		{ KEY_UP, "Up" },	     { KEY_DOWN, "Down" },	    { KEY_LEFT, "Left" },
		{ KEY_RIGHT, "Right" },    { KEY_NPAGE, "PageDown" },   { KEY_PPAGE, "PageUp" },
		{ KEY_HOME, "Home" },	     { KEY_END, "End" },	    { KEY_IC, "Insert" },
		{ KEY_DC, "Delete" },	     { KEY_BACKSPACE, "Backspace" }, { KEY_ENTER, "Enter" },
		{ KEY_BTAB, "BackTab" },   { KEY_A1, "Home" },	    { KEY_C1, "End" },
		{ KEY_A3, "PageUp" },	     { KEY_C3, "PageDown" },
	};
	if (rc == KEY_CODE_YES) {
		for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
			if ((int)wc == named[i].code) {
				snprintf(out, n, "%s", named[i].name);
				return 0;
			}
		for (int f = 1; f <= 12; f++)
			if ((int)wc == KEY_F(f)) {
				snprintf(out, n, "F%d", f);
				return 0;
			}
		return -1;
	}
	switch (wc) {
	case '\n':
	case '\r':
		snprintf(out, n, "Enter");
		return 0;
	case '\t':
		snprintf(out, n, "Tab");
		return 0;
	case 27:
		snprintf(out, n, "Escape");
		return 0;
	case 127:
		snprintf(out, n, "Backspace");
		return 0;
	case ' ':
		snprintf(out, n, "Space");
		return 0;
	default:
		break;
	}
	if (wc >= 1 && wc <= 26) {
		snprintf(out, n, "C-%c", (char)('a' + wc - 1));
		return 0;
	}
	if (wc < 0x20 || (wc >= 0x7f && wc < 0xa0))
		return -1;
	char mb[8];
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t len = wcrtomb(mb, (wchar_t)wc, &st);
	if (len == (size_t)-1 || len >= n)
		return -1;
	memcpy(out, mb, len);
	out[len] = '\0';
	return 0;
}

static void on_mouse(struct app *a)
{
	MEVENT ev;
	if (getmouse(&ev) != OK)
		return;
	if (ev.bstate & BUTTON1_RELEASED)
		app_mouse(a, ev.x, ev.y, MOUSE_RELEASE);
	else if (ev.bstate & REPORT_MOUSE_POSITION)
		app_mouse(a, ev.x, ev.y, MOUSE_DRAG);
	else if (ev.bstate & BUTTON4_PRESSED)
		app_mouse(a, ev.x, ev.y, MOUSE_WHEEL_UP);
#ifdef BUTTON5_PRESSED
	else if (ev.bstate & BUTTON5_PRESSED)
		app_mouse(a, ev.x, ev.y, MOUSE_WHEEL_DOWN);
#endif
	else if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
		app_mouse(a, ev.x, ev.y, MOUSE_CLICK);
}

static void print_err(const char *msg)
{
	char *safe = text_terminal_safe(msg ? msg : "unknown error");
	fprintf(stderr, "dossier: %s\n", safe);
	free(safe);
}

/* Reads a whole small file (*len bytes, NUL-terminated); NULL with errno. */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	struct buf b;
	buf_init(&b);
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		buf_free(&b);
		return NULL;
	}
	*len = b.len;
	buf_addc(&b, '\0');
	return buf_detach(&b);
}

/* Writes text to a new temporary file; its path, or NULL with *err. */
static char *note_file(const char *text, char **err)
{
	const char *tmp = getenv("TMPDIR");
	char *path = xasprintf("%s/dossier-note-XXXXXX.md", tmp && *tmp ? tmp : "/tmp");
	int fd = mkstemps(path, 3);
	if (fd < 0) {
		*err = xasprintf("cannot make a file for the editor: %s", strerror(errno));
		free(path);
		return NULL;
	}
	size_t len = strlen(text), off = 0;
	while (off < len) {
		ssize_t w = write(fd, text + off, len - off);
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	if (close(fd) != 0 || off < len) {
		*err = xasprintf("cannot write the note for the editor: %s", strerror(errno));
		unlink(path);
		free(path);
		return NULL;
	}
	return path;
}

/* Runs $VISUAL (else $EDITOR, else vi) on path, the terminal given back
 * for the time. 0, or -1 with *err. */
static int editor_run(const char *path, char **err)
{
	const char *ed = getenv("VISUAL");
	if (ed == NULL || *ed == '\0')
		ed = getenv("EDITOR");
	if (ed == NULL || *ed == '\0')
		ed = "vi";
	def_prog_mode();
	paste_mode(0);
	endwin();
	char *cmd = xasprintf("%s \"$1\"", ed);
	pid_t pid = fork();
	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", cmd, "sh", path, (char *)NULL);
		_exit(127);
	}
	int status = -1;
	while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	free(cmd);
	/* A Ctrl-C in the editor was the editor's. */
	if (got_signal == SIGINT)
		got_signal = 0;
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
	paste_mode(1);
	if (pid < 0)
		*err = xasprintf("cannot start the editor: %s", strerror(errno));
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		*err = xasprintf("the editor (%s) failed%s", ed,
				 WIFEXITED(status) && WEXITSTATUS(status) == 127 ? ": not found" : "");
	return pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0 ? -1 : 0;
}

/* The note being written goes through $VISUAL and comes back to the app;
 * what the editor wrote is cleaned as any text from outside (valid UTF-8,
 * NFC, no escapes or controls). */
static void run_external(struct app *a)
{
	char *err = NULL, *text = NULL;
	size_t len = 0;
	char *path = note_file(app_note_text(a), &err);
	if (path && editor_run(path, &err) == 0) {
		if ((text = slurp(path, &len)) == NULL)
			err = xasprintf("cannot read the note back: %s", strerror(errno));
		else if (text_is_binary(text, len))
			err = xstrdup("the editor left a binary file, not a note");
	}
	if (path)
		unlink(path);
	free(path);
	if (err == NULL) {
		struct text_report rep;
		size_t clean_len;
		char *clean = text_normalise(text, len, &clean_len, &rep);
		app_note_external_done(a, clean, NULL);
		if (rep.invalid || rep.controls || rep.escapes) {
			char *said = xstrdup(app_message_text(a));
			app_message(a, "%s (invalid UTF-8 replaced, control characters removed)", said);
			free(said);
		}
		free(clean);
	} else {
		app_note_external_done(a, NULL, err);
	}
	free(text);
	free(err);
}

/* What y and o asked for: the clipboard, a browser. */
static void hand_off(struct app *a)
{
	size_t len;
	char *err = NULL, *seq = app_take_clipboard(a, &len), *url = app_take_open(a);
	if ((seq && handoff_clipboard(seq, len, &err) != 0) || (url && handoff_open(url, &err) != 0))
		app_error(a, "%s", err);
	free(err);
	free(seq);
	free(url);
}

/* Reads a paste up to its end (or a pause: a terminal that never ends it)
 * as text, and hands it to the app at once. What a paste brings past
 * PASTE_MAX is read and dropped, and the paste refused, so none of it is
 * taken for keys. */
static void read_paste(struct app *a)
{
	struct buf b;
	buf_init(&b);
	int over = 0;
	timeout(1000);
	for (;;) {
		wint_t wc;
		int rc = wget_wch(stdscr, &wc);
		if (rc == ERR || (rc == KEY_CODE_YES && wc == KEY_PASTE_END))
			break;
		if (rc == KEY_CODE_YES)
			continue; /* an escape sequence that names a key: not text */
		char mb[MB_LEN_MAX];
		mbstate_t st;
		memset(&st, 0, sizeof st);
		size_t n = wcrtomb(mb, (wchar_t)wc, &st);
		if (n == (size_t)-1)
			continue;
		if (b.len + n > PASTE_MAX)
			over = 1;
		else
			buf_add(&b, mb, n);
	}
	timeout(500);
	if (over)
		app_error(a, "not pasted: a paste of more than %zu bytes (a note holds at most %d)", PASTE_MAX,
			  NOTES_MAX_BYTES);
	else
		app_paste(a, b.data ? b.data : "", b.len);
	buf_free(&b);
}

/* The loop: draw, wait for a key, act. Returns the exit status. */
static int run(struct app *a, const struct keymap *km, const struct config *cfg)
{
	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (scr == NULL) {
		const char *term = getenv("TERM");
		char *m = xasprintf("cannot drive a terminal of type '%s'", term ? term : "");
		print_err(m);
		free(m);
		return 1;
	}
	set_term(scr);
	screen_up = 1;
	struct term t;
	t.link_sgr = NULL;
	const char *cs = nl_langinfo(CODESET);
	t.utf8 = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
	cbreak();
	/* C-s saves a note: the terminal must not take it for flow control. */
	struct termios tio;
	if (tcgetattr(STDIN_FILENO, &tio) == 0) {
		tio.c_iflag &= (tcflag_t)~IXON;
		tcsetattr(STDIN_FILENO, TCSANOW, &tio);
	}
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	setup_styles(&t, cfg);
	if (cfg->mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | REPORT_MOUSE_POSITION | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
				  | BUTTON5_PRESSED
#endif
			  ,
			  NULL);
		mouseinterval(0);
	}
	define_key("\033[200~", KEY_PASTE_BEGIN);
	define_key("\033[201~", KEY_PASTE_END);
	paste_mode(1);
	/* A wait for a key wakes up now and then to notice a signal. */
	timeout(500);
	/* ncurses 6.4 flushes at every cursor move until the screen has once
	 * come back from endwin(): a frame went out in some seventy writes,
	 * each a wake-up of the terminal. Leaving once, before anything is
	 * drawn, and coming back at the first refresh (to the modes kept
	 * here) sends a frame in one write. */
	def_prog_mode();
	endwin();
	struct grid g = { 0 };
	app_resize(a, COLS, LINES);
	int dirty = 1, status = 0, rescued = 0, ahead = 0;
	while (!app_quitting(a)) {
		/* Ctrl-C while writing a note asks, as Escape does. */
		if (got_signal == SIGINT && app_note_open(a)) {
			got_signal = 0;
			app_note_cancel(a);
			dirty = 1;
		}
		if (got_signal) {
			/* A note being written is kept, marked as a draft. */
			rescued = app_note_rescue(a);
			status = 128 + got_signal;
			break;
		}
		if (dirty) {
			int cx, cy;
			app_fit(a, km);
			view_draw(a, &g, &cx, &cy);
			paint(&t, &g);
			if (cx >= 0 && cy >= 0 && cx < COLS && cy < LINES) {
				curs_set(1);
				move(cy, cx);
			} else {
				curs_set(0);
				move(LINES - 1, COLS - 1);
			}
			if (app_take_redraw(a))
				clearok(curscr, TRUE);
			refresh();
			if (cfg->hyperlinks)
				handoff_links(&g, t.link_sgr);
			dirty = 0;
			ahead = 1;
		}
		wint_t wc;
		/* After a frame, the rows a page up or down will show are
		 * read, a few at a time, while no key comes. */
		if (ahead)
			timeout(0);
		int rc = wget_wch(stdscr, &wc);
		if (ahead) {
			timeout(500);
			if (rc == ERR) {
				ahead = app_rows_ahead(a);
				continue;
			}
		}
		if (rc == ERR && terminal_gone()) {
			/* Hung up without a SIGHUP (another session's terminal):
			 * as the signal would, and not a loop at full speed. */
			got_signal = SIGHUP;
			continue;
		}
		if (rc == ERR) {
			/* Idle: another dossier may have written. */
			if (app_poll(a))
				dirty = 1;
			continue;
		}
		dirty = 1;
		if (rc == KEY_CODE_YES && wc == KEY_RESIZE) {
			app_resize(a, COLS, LINES);
			continue;
		}
		if (rc == KEY_CODE_YES && wc == KEY_MOUSE) {
			on_mouse(a);
			continue;
		}
		if (rc == KEY_CODE_YES && wc == KEY_PASTE_BEGIN) {
			read_paste(a);
			continue;
		}
		char name[64];
		if (name_key(rc, wc, name, sizeof name) != 0)
			continue;
		keys_handle(km, a, name);
		if (app_wants_external(a))
			run_external(a);
		hand_off(a);
	}
	grid_free(&g);
	free(t.link_sgr);
	paste_mode(0);
	endwin();
	screen_up = 0;
	delscreen(scr);
	if (rescued)
		fprintf(stderr, "dossier: the note being written was saved, tagged draft\n");
	return status;
}

/* The heap the first frame fills (the library's page cache, the screen's
 * cells, the document's layout): 1,076 page faults to it, 147 with it
 * made at once. */
#define HEAP_WARM_BYTES ((size_t)4 << 20)

int tui_run(const char *db_path, int64_t id)
{
	/* the characters only: numbers and dates print as C prints them, and
	 * the other categories cost a dozen files at every start */
	setlocale(LC_CTYPE, "");
	layout_keep_memory();
	heap_warm(HEAP_WARM_BYTES);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		print_err("the reader needs a terminal (dossier list, show and search print plain text)");
		return 1;
	}
	char *cause = NULL;
	struct store *s;
	if (store_make_parent(db_path, &cause) != 0 || store_open(db_path, 0, &s, &cause) != 0) {
		print_err(cause);
		free(cause);
		return 1;
	}
	struct config cfg;
	config_defaults(&cfg);
	struct keymap *km = keymap_create(&cause);
	if (km == NULL) {
		print_err(cause);
		free(cause);
		store_free(s);
		return 1;
	}
	struct strv errors;
	strv_init(&errors);
	char *path = config_path();
	config_load(&cfg, km, path, &errors);
	free(path);
	const char *env = getenv("DOSSIER_SAMPLE");
	const char *const dirs[] = { env ? env : "", "assets", DOSSIER_DATADIR "/sample", NULL };
	struct app_opts opts = { cfg.mode, cfg.order, cfg.measure, cfg.show_list, cfg.show_side, dirs };
	int status = 1;
	struct app *a = app_create(s, &opts, &cause);
	if (a == NULL) {
		print_err(cause);
		free(cause);
		goto out;
	}
	app_set_cite_style(a, cfg.cite_style);
	if (app_open(a, id) != 0 && id != 0) {
		print_err(app_message_text(a));
		goto out;
	}
	if (errors.n)
		app_error(a, "%s%s", errors.v[0], errors.n > 1 ? " (and more config errors)" : "");
	install_signals();
	status = run(a, km, &cfg);
out:
	app_free(a);
	keymap_free(km);
	strv_free(&errors);
	store_free(s);
	return status;
}
