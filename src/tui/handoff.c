/* handoff.c: OSC 52 and OSC 8 written to the terminal around curses, and
 * URLs opened in a browser. */
#include "handoff.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <unistr.h>

#include "dossier/config.h"
#include "dossier/osc.h"
#include "dossier/util.h"

static int write_all(const char *s, size_t len)
{
	while (len > 0) {
		ssize_t w = write(STDOUT_FILENO, s, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		s += w;
		len -= (size_t)w;
	}
	return 0;
}

int handoff_clipboard(const char *seq, size_t len, char **err)
{
	if (!isatty(STDOUT_FILENO)) {
		*err = xstrdup("not copied: the output is not a terminal");
		return -1;
	}
	if (write_all(seq, len) != 0) {
		*err = xasprintf("not copied: %s", strerror(errno));
		return -1;
	}
	return 0;
}

char *handoff_sgr(unsigned attrs, int colour, short fg, short bg)
{
	struct buf b;
	buf_init(&b);
	buf_adds(&b, "\033[0");
	static const struct {
		unsigned bit;
		const char *code;
	} codes[] = { { UI_BOLD, ";1" }, { UI_DIM_ATTR, ";2" }, { UI_ITALIC, ";3" }, { UI_UNDERLINE, ";4" },
		      { UI_REVERSE, ";7" } };
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
		if (attrs & codes[i].bit)
			buf_adds(&b, codes[i].code);
	const short cols[2] = { fg, bg };
	for (int k = 0; colour && k < 2; k++) {
		short c = cols[k];
		if (c < 0)
			continue;
		if (c < 8)
			buf_printf(&b, ";%d", (k ? 40 : 30) + c);
		else if (c < 16)
			buf_printf(&b, ";%d", (k ? 100 : 90) + c - 8);
		else
			buf_printf(&b, ";%d;5;%d", k ? 48 : 38, c);
	}
	buf_addc(&b, 'm');
	return buf_detach(&b);
}

void handoff_links(const struct grid *g, const char *sgr)
{
	if (g->nlinks == 0 || !isatty(STDOUT_FILENO))
		return;
	struct buf b, text;
	buf_init(&b);
	buf_init(&text);
	buf_adds(&b, "\0337"); /* DECSC: the cursor and rendition curses left */
	for (size_t i = 0; i < g->nlinks; i++) {
		const struct grid_link *l = &g->links[i];
		text.len = 0;
		for (int x = l->x; x < l->x + l->w; x++) {
			const struct cell *c = &g->cells[(size_t)l->y * (size_t)g->w + (size_t)x];
			for (int k = 0; k < c->n && c->width; k++) {
				uint8_t enc[6];
				int m = u8_uctomb(enc, c->ch[k], sizeof enc);
				if (m > 0)
					buf_add(&text, enc, (size_t)m);
			}
		}
		buf_addc(&text, '\0');
		/* the same characters in the same style, now a link */
		buf_printf(&b, "\033[%d;%dH%s", l->y + 1, l->x + 1, sgr);
		char *linked = osc_link(l->url, text.data);
		buf_adds(&b, linked);
		free(linked);
	}
	buf_adds(&b, "\0338"); /* DECRC: as curses left them */
	write_all(b.data, b.len);
	buf_free(&b);
	buf_free(&text);
}

/* 1 if an executable of this name is on $PATH. */
static int on_path(const char *name)
{
	const char *path = getenv("PATH");
	for (const char *p = path ? path : ""; *p;) {
		size_t n = strcspn(p, ":");
		char *f = xasprintf("%.*s/%s", (int)n, p, name);
		int ok = access(f, X_OK) == 0;
		free(f);
		if (ok)
			return 1;
		p += n + (p[n] == ':');
	}
	return 0;
}

int handoff_open(const char *url, char **err)
{
	if (!osc_url_ok(url)) {
		*err = xstrdup("not a web address dossier opens (http, https, ftp, mailto or file)");
		return -1;
	}
	const char *browser = getenv("BROWSER");
	char *cmd = NULL;
	if (browser && *browser) {
		/* the first command of $BROWSER's list, the URL its argument */
		struct buf b;
		buf_init(&b);
		size_t n = strcspn(browser, ":");
		int placed = 0;
		for (size_t i = 0; i < n; i++) {
			if (browser[i] == '%' && i + 1 < n && browser[i + 1] == 's') {
				buf_adds(&b, "\"$1\"");
				placed = 1;
				i++;
			} else {
				buf_addc(&b, browser[i]);
			}
		}
		if (!placed)
			buf_adds(&b, " \"$1\"");
		cmd = buf_detach(&b);
	} else if (!on_path("xdg-open")) {
		*err = xstrdup("no $BROWSER and no xdg-open: set BROWSER to the command that opens a URL");
		return -1;
	}
	pid_t pid = fork();
	if (pid == 0) {
		/* detached, twice forked: the browser outlives no wait of ours and
		 * writes nothing over the screen */
		setsid();
		int fd = open("/dev/null", O_RDWR);
		if (fd >= 0) {
			dup2(fd, STDIN_FILENO);
			dup2(fd, STDOUT_FILENO);
			dup2(fd, STDERR_FILENO);
			if (fd > STDERR_FILENO)
				close(fd);
		}
		if (fork() == 0) {
			if (cmd)
				execl("/bin/sh", "sh", "-c", cmd, "sh", url, (char *)NULL);
			else
				execlp("xdg-open", "xdg-open", url, (char *)NULL);
			_exit(127);
		}
		_exit(0);
	}
	free(cmd);
	if (pid < 0) {
		*err = xasprintf("cannot start the browser: %s", strerror(errno));
		return -1;
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return 0;
}
