/* timeit.c: runs a command and reports wall time and peak memory.
 *
 *   timeit [-n RUNS] [-w WARMUP] [-t SECS] [-i IN] [-o OUT] [-e ERR] [--] CMD [ARG...]
 *
 * Runs CMD WARMUP times untimed, then RUNS times timed (default 1), and for
 * each timed run prints one line:
 *
 *   <milliseconds> <peak RSS in KiB> <status>
 *
 * Milliseconds are wall time on the monotonic clock from fork to reaped exit;
 * peak RSS is the child's ru_maxrss from wait4(); status is the exit code, or
 * 128+signal, or 124 when the run outlived SECS (-t; default no limit) and
 * was killed. The child's stdin, stdout and stderr are /dev/null unless
 * IN, OUT, ERR name files (OUT and ERR are truncated once, then appended to by
 * every run). timeit itself exits 0 when every run could be started, 2 on a
 * usage error, 1 when fork fails; a command that cannot be executed shows
 * status 127. No /usr/bin/time needed. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
	(void)sig;
	timed_out = 1;
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int usage(void)
{
	fprintf(stderr, "usage: timeit [-n RUNS] [-w WARMUP] [-t SECS] [-i IN] [-o OUT] [-e ERR] [--] CMD [ARG...]\n");
	return 2;
}

static void redirect(const char *path, int fd, int flags)
{
	int f = open(path ? path : "/dev/null", flags, 0666);
	if (f < 0) {
		fprintf(stderr, "timeit: %s: %s\n", path ? path : "/dev/null", strerror(errno));
		_exit(126);
	}
	if (f != fd) {
		dup2(f, fd);
		close(f);
	}
}

/* Runs argv once; returns 0 and fills the figures, or -1 if fork failed. */
static int run_once(char **argv, unsigned secs, const char *in, const char *out, const char *err, double *ms,
		    long *rss_kb, int *status)
{
	fflush(stdout);
	double t0 = now_ms();
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "timeit: fork: %s\n", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		redirect(in, 0, O_RDONLY);
		redirect(out, 1, O_WRONLY | O_CREAT | O_APPEND);
		redirect(err, 2, O_WRONLY | O_CREAT | O_APPEND);
		execvp(argv[0], argv);
		_exit(127);
	}
	int st;
	struct rusage ru;
	int killed = 0;
	timed_out = 0;
	alarm(secs);
	while (wait4(pid, &st, 0, &ru) < 0) {
		if (errno == EINTR && timed_out) {
			kill(pid, SIGKILL);
			killed = 1;
			continue;
		}
		if (errno != EINTR) {
			fprintf(stderr, "timeit: wait4: %s\n", strerror(errno));
			return -1;
		}
	}
	alarm(0);
	*ms = now_ms() - t0;
	*rss_kb = ru.ru_maxrss;         /* KiB on Linux */
	*status = WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 255;
	if (killed)
		*status = 124;
	return 0;
}

static int truncate_file(const char *path)
{
	if (!path)
		return 0;
	int f = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	if (f < 0) {
		fprintf(stderr, "timeit: %s: %s\n", path, strerror(errno));
		return -1;
	}
	close(f);
	return 0;
}

int main(int argc, char **argv)
{
	int runs = 1, warmup = 0;
	unsigned secs = 0;
	const char *in = NULL, *out = NULL, *err = NULL;
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *o = argv[i];
		if (!strcmp(o, "--")) {
			i++;
			break;
		}
		if (o[1] == 0 || o[2] != 0 || i + 1 >= argc)
			return usage();
		const char *v = argv[++i];
		switch (o[1]) {
		case 'n':
			runs = atoi(v);
			break;
		case 'w':
			warmup = atoi(v);
			break;
		case 't':
			secs = (unsigned)atoi(v);
			break;
		case 'i':
			in = v;
			break;
		case 'o':
			out = v;
			break;
		case 'e':
			err = v;
			break;
		default:
			return usage();
		}
	}
	if (i >= argc || runs < 1 || warmup < 0)
		return usage();
	if (truncate_file(out) || truncate_file(err))
		return 2;

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);   /* no SA_RESTART: wait4 returns EINTR */

	char **cmd = argv + i;
	for (int k = 0; k < warmup + runs; k++) {
		double ms;
		long rss;
		int st;
		if (run_once(cmd, secs, in, out, err, &ms, &rss, &st))
			return 1;
		if (k >= warmup)
			printf("%.3f %ld %d\n", ms, rss, st);
	}
	return 0;
}
