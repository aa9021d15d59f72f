/* config.c: the reader's config file: key bindings, colours, options. */
#include "dossier/config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/keys.h"

static const char *const style_names[UI_COUNT] = {
	[UI_NORMAL] = "normal",       [UI_TITLE] = "title",       [UI_TITLE_FOCUS] = "title-focus",
	[UI_BORDER] = "border",       [UI_STATUS] = "status",     [UI_MESSAGE] = "message",
	[UI_ERROR] = "error",         [UI_PROMPT] = "prompt",     [UI_SELECTED] = "selected",
	[UI_SELECTED_DIM] = "selected-unfocused",                 [UI_DATE] = "date",
	[UI_DIM] = "dim",             [UI_HEADING] = "heading",   [UI_META] = "meta",
	[UI_BRACKET] = "bracket",     [UI_MARKER] = "marker",     [UI_CONTROL] = "control",
	[UI_HIT] = "hit",             [UI_HIT_CURRENT] = "hit-current",
	[UI_LABEL] = "label",         [UI_SECTION] = "section",   [UI_KEY] = "key",
	[UI_REF] = "ref",             [UI_REF_UNRESOLVED] = "ref-unresolved",
	[UI_REF_MANUAL] = "ref-manual",                           [UI_REF_CURRENT] = "ref-current",
	[UI_ANNOT] = "annotation",    [UI_ANNOT_CURRENT] = "annotation-current",
	[UI_SELECTION] = "selection", [UI_NOTE] = "note",         [UI_LINK] = "link",
};

const char *ui_style_name(enum ui_style s)
{
	return s < UI_COUNT ? style_names[s] : "?";
}

void config_defaults(struct config *c)
{
	memset(c, 0, sizeof *c);
	for (int i = 0; i < UI_COUNT; i++)
		c->color[i] = (struct ui_color){ -1, -1, 0 };
	enum { BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE };
	c->color[UI_TITLE].attrs = UI_BOLD;
	c->color[UI_TITLE_FOCUS] = (struct ui_color){ CYAN, -1, UI_BOLD };
	c->color[UI_BORDER] = (struct ui_color){ BLUE, -1, 0 };
	c->color[UI_STATUS].attrs = UI_REVERSE;
	c->color[UI_ERROR] = (struct ui_color){ RED, -1, UI_BOLD };
	c->color[UI_PROMPT].attrs = UI_BOLD;
	c->color[UI_SELECTED].attrs = UI_REVERSE;
	c->color[UI_SELECTED_DIM] = (struct ui_color){ -1, -1, UI_BOLD | UI_UNDERLINE };
	c->color[UI_DATE] = (struct ui_color){ CYAN, -1, 0 };
	c->color[UI_DIM].attrs = UI_DIM_ATTR;
	c->color[UI_HEADING].attrs = UI_BOLD;
	c->color[UI_META] = (struct ui_color){ CYAN, -1, 0 };
	c->color[UI_BRACKET] = (struct ui_color){ YELLOW, -1, 0 };
	c->color[UI_MARKER] = (struct ui_color){ YELLOW, -1, UI_BOLD };
	c->color[UI_CONTROL] = (struct ui_color){ MAGENTA, -1, UI_REVERSE };
	c->color[UI_HIT] = (struct ui_color){ BLACK, YELLOW, 0 };
	c->color[UI_HIT_CURRENT] = (struct ui_color){ BLACK, GREEN, UI_BOLD };
	c->color[UI_LABEL] = (struct ui_color){ CYAN, -1, 0 };
	c->color[UI_SECTION] = (struct ui_color){ BLUE, -1, UI_BOLD };
	c->color[UI_KEY] = (struct ui_color){ GREEN, -1, UI_BOLD };
	c->color[UI_REF] = (struct ui_color){ CYAN, -1, UI_UNDERLINE };
	c->color[UI_REF_UNRESOLVED] = (struct ui_color){ MAGENTA, -1, UI_UNDERLINE };
	c->color[UI_REF_MANUAL] = (struct ui_color){ GREEN, -1, UI_UNDERLINE };
	c->color[UI_REF_CURRENT] = (struct ui_color){ BLACK, CYAN, UI_BOLD };
	c->color[UI_ANNOT] = (struct ui_color){ -1, BLUE, 0 };
	c->color[UI_ANNOT_CURRENT] = (struct ui_color){ WHITE, BLUE, UI_BOLD };
	c->color[UI_SELECTION] = (struct ui_color){ BLACK, WHITE, 0 };
	c->color[UI_NOTE] = (struct ui_color){ GREEN, -1, 0 };
	c->color[UI_LINK] = (struct ui_color){ BLUE, -1, UI_UNDERLINE };

	/* Without colour, attributes alone tell things apart. */
	c->mono[UI_TITLE] = UI_BOLD;
	c->mono[UI_TITLE_FOCUS] = UI_BOLD | UI_UNDERLINE;
	c->mono[UI_STATUS] = UI_REVERSE;
	c->mono[UI_ERROR] = UI_BOLD;
	c->mono[UI_PROMPT] = UI_BOLD;
	c->mono[UI_SELECTED] = UI_REVERSE;
	c->mono[UI_SELECTED_DIM] = UI_BOLD | UI_UNDERLINE;
	c->mono[UI_DIM] = UI_DIM_ATTR;
	c->mono[UI_HEADING] = UI_BOLD;
	c->mono[UI_BRACKET] = UI_UNDERLINE;
	c->mono[UI_MARKER] = UI_BOLD;
	c->mono[UI_CONTROL] = UI_REVERSE;
	c->mono[UI_HIT] = UI_REVERSE;
	c->mono[UI_HIT_CURRENT] = UI_REVERSE | UI_BOLD | UI_UNDERLINE;
	c->mono[UI_LABEL] = UI_BOLD;
	c->mono[UI_SECTION] = UI_BOLD;
	c->mono[UI_KEY] = UI_BOLD;
	c->mono[UI_REF] = UI_UNDERLINE;
	c->mono[UI_REF_UNRESOLVED] = UI_UNDERLINE | UI_DIM_ATTR;
	c->mono[UI_REF_MANUAL] = UI_UNDERLINE | UI_BOLD;
	c->mono[UI_REF_CURRENT] = UI_REVERSE;
	c->mono[UI_ANNOT] = UI_ITALIC | UI_UNDERLINE;
	c->mono[UI_ANNOT_CURRENT] = UI_REVERSE | UI_ITALIC;
	c->mono[UI_SELECTION] = UI_REVERSE;
	c->mono[UI_LINK] = UI_UNDERLINE;

	c->mouse = 1;
	c->mode = LAYOUT_INLINE;
	c->order = STORE_BY_DATE;
	c->measure = 100;
	c->show_list = 1;
	c->show_side = 1;
	c->hyperlinks = 1;
	c->cite_style = CITE_CHICAGO_NOTE;
}

char *config_path(void)
{
	const char *xdg = getenv("XDG_CONFIG_HOME");
	if (xdg && *xdg == '/')
		return xasprintf("%s/dossier/config", xdg);
	const char *home = getenv("HOME");
	return xasprintf("%s/.config/dossier/config", home && *home ? home : ".");
}

static int style_from_name(const char *name)
{
	for (int i = 0; i < UI_COUNT; i++)
		if (strcmp(style_names[i], name) == 0)
			return i;
	return -1;
}

/* A colour: a name, bright-NAME, or 0-255; -1 is the default. */
static int color_from_name(const char *s, short *out)
{
	static const char *const names[] = { "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white" };
	if (strcasecmp(s, "default") == 0 || strcasecmp(s, "none") == 0) {
		*out = -1;
		return 0;
	}
	int bright = 0;
	if (strncasecmp(s, "bright-", 7) == 0 || strncasecmp(s, "bright", 6) == 0) {
		bright = 8;
		s += s[6] == '-' ? 7 : 6;
	}
	if (strcasecmp(s, "grey") == 0 || strcasecmp(s, "gray") == 0) {
		*out = 8;
		return 0;
	}
	for (int i = 0; i < 8; i++)
		if (strcasecmp(s, names[i]) == 0) {
			*out = (short)(i + bright);
			return 0;
		}
	if (bright)
		return -1;
	char *end;
	long v = strtol(s, &end, 10);
	if (*s && *end == '\0' && v >= 0 && v <= 255) {
		*out = (short)v;
		return 0;
	}
	return -1;
}

static int attr_from_name(const char *s, unsigned *out)
{
	static const struct {
		const char *name;
		unsigned bit;
	} attrs[] = {
		{ "bold", UI_BOLD },	     { "underline", UI_UNDERLINE }, { "reverse", UI_REVERSE },
		{ "dim", UI_DIM_ATTR },	     { "italic", UI_ITALIC },	    { "normal", 0 },
		{ "none", 0 },
	};
	for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++)
		if (strcasecmp(s, attrs[i].name) == 0) {
			*out |= attrs[i].bit;
			return 0;
		}
	return -1;
}

static int on_off(const char *v, int *out)
{
	if (strcasecmp(v, "on") == 0 || strcasecmp(v, "yes") == 0 || strcmp(v, "1") == 0 || strcasecmp(v, "true") == 0)
		*out = 1;
	else if (strcasecmp(v, "off") == 0 || strcasecmp(v, "no") == 0 || strcmp(v, "0") == 0 ||
		 strcasecmp(v, "false") == 0)
		*out = 0;
	else
		return -1;
	return 0;
}

/* Splits s in place into at most max words; returns their number. */
static int words(char *s, char **w, int max)
{
	int n = 0;
	for (char *t = strtok(s, " \t"); t && n < max; t = strtok(NULL, " \t"))
		w[n++] = t;
	return n;
}

static int set_style(struct config *c, const char *key, char *value, char **cause)
{
	int mono = str_has_prefix(key, "mono.");
	int st = style_from_name(key + (mono ? 5 : 6));
	if (st < 0) {
		*cause = xasprintf("no style '%s' (styles: normal, title, title-focus, border, status, message, "
				   "error, prompt, selected, selected-unfocused, date, dim, heading, meta, bracket, "
				   "marker, control, hit, hit-current, label, section, key, ref, ref-unresolved, "
				   "ref-manual, ref-current, annotation, annotation-current, selection, note, link)",
				   key + (mono ? 5 : 6));
		return -1;
	}
	char *w[8];
	int n = words(value, w, 8);
	struct ui_color col = { -1, -1, 0 };
	unsigned attrs = 0;
	int colours = 0;
	for (int i = 0; i < n; i++) {
		if (attr_from_name(w[i], &attrs) == 0)
			continue;
		if (strcasecmp(w[i], "on") == 0)
			continue; /* "yellow on blue" */
		short v;
		if (!mono && colours < 2 && color_from_name(w[i], &v) == 0) {
			if (colours++ == 0)
				col.fg = v;
			else
				col.bg = v;
			continue;
		}
		*cause = xasprintf("'%s' is not a %s", w[i], mono ? "attribute (bold, dim, underline, reverse, italic)"
								 : "colour or attribute");
		return -1;
	}
	if (mono) {
		c->mono[st] = attrs;
	} else {
		col.attrs = attrs;
		c->color[st] = col;
	}
	return 0;
}

int config_line(struct config *c, struct keymap *km, const char *line, char **cause)
{
	char *s = xstrdup(line);
	str_trim(s);
	/* Comments are whole lines: "bind # help" binds the # key. */
	if (*s == '#')
		*s = '\0';
	str_trim(s);
	int rc = 0;
	if (*s == '\0')
		goto out;
	if (str_has_prefix(s, "bind ") || str_has_prefix(s, "unbind ") || str_has_prefix(s, "bind\t") ||
	    str_has_prefix(s, "unbind\t")) {
		char *w[5] = { NULL };
		int n = words(s, w, 5);
		int un = strcmp(w[0], "unbind") == 0;
		if (un && (n == 2 || n == 3))
			rc = keymap_unbind(km, n == 3 ? w[1] : NULL, w[n - 1], cause);
		else if (!un && (n == 3 || n == 4))
			rc = keymap_bind(km, n == 4 ? w[1] : NULL, w[n - 2], w[n - 1], cause);
		else {
			*cause = xstrdup(un ? "use: unbind [CONTEXT] KEY" : "use: bind [CONTEXT] KEY ACTION");
			rc = -1;
		}
		goto out;
	}
	char *eq = strchr(s, '=');
	if (eq == NULL) {
		*cause = xasprintf("'%s': expected 'bind KEY ACTION' or 'name = value'", s);
		rc = -1;
		goto out;
	}
	*eq = '\0';
	char *key = str_trim(s), *value = str_trim(eq + 1);
	int b;
	if (str_has_prefix(key, "color.") || str_has_prefix(key, "colour.") || str_has_prefix(key, "mono.")) {
		if (str_has_prefix(key, "colour."))
			key++; /* same length as "color." from here */
		rc = set_style(c, key, value, cause);
	} else if (strcmp(key, "mouse") == 0 && on_off(value, &b) == 0) {
		c->mouse = b;
	} else if (strcmp(key, "footnotes") == 0 && on_off(value, &b) == 0) {
		c->mode = b ? LAYOUT_FOOTNOTES : LAYOUT_INLINE;
	} else if (strcmp(key, "list") == 0 && on_off(value, &b) == 0) {
		c->show_list = b;
	} else if (strcmp(key, "sidebar") == 0 && on_off(value, &b) == 0) {
		c->show_side = b;
	} else if (strcmp(key, "hyperlinks") == 0 && on_off(value, &b) == 0) {
		c->hyperlinks = b;
	} else if (strcmp(key, "cite-style") == 0) {
		int st = cite_style_from_name(value);
		if (st < 0) {
			*cause = xasprintf("cite-style is chicago-note, chicago-bib or frus, not '%s'", value);
			rc = -1;
		} else {
			c->cite_style = (enum cite_style)st;
		}
	} else if (strcmp(key, "sort") == 0 &&
		   (strcmp(value, "date") == 0 || strcmp(value, "title") == 0 || strcmp(value, "import") == 0)) {
		c->order = value[0] == 'd' ? STORE_BY_DATE : value[0] == 't' ? STORE_BY_TITLE : STORE_BY_IMPORT;
	} else if (strcmp(key, "measure") == 0) {
		char *end;
		long v = strtol(value, &end, 10);
		if (*value == '\0' || *end || v < 0 || v > 10000) {
			*cause = xasprintf("measure is a number of columns (0: the pane's width), not '%s'", value);
			rc = -1;
		} else {
			c->measure = (int)v;
		}
	} else if (strcmp(key, "mouse") == 0 || strcmp(key, "footnotes") == 0 || strcmp(key, "list") == 0 ||
		   strcmp(key, "sidebar") == 0 || strcmp(key, "hyperlinks") == 0) {
		*cause = xasprintf("%s is on or off, not '%s'", key, value);
		rc = -1;
	} else if (strcmp(key, "sort") == 0) {
		*cause = xasprintf("sort is date, title or import, not '%s'", value);
		rc = -1;
	} else {
		*cause = xasprintf("unknown setting '%s'", key);
		rc = -1;
	}
out:
	free(s);
	return rc;
}

int config_load(struct config *c, struct keymap *km, const char *path, struct strv *errors)
{
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		if (errno == ENOENT)
			return 0;
		strv_push_owned(errors, xasprintf("%s: %s", path, strerror(errno)));
		return 1;
	}
	char *line = NULL;
	size_t cap = 0;
	int n = 0, bad = 0;
	while (getline(&line, &cap, f) >= 0) {
		n++;
		char *cause = NULL;
		if (config_line(c, km, line, &cause) != 0) {
			strv_push_owned(errors, xasprintf("%s:%d: %s", path, n, cause));
			free(cause);
			bad++;
		}
	}
	free(line);
	fclose(f);
	return bad;
}
