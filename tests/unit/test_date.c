/* test_date.c: the date forms of archive documents. */
#include <string.h>

#include "dossier/date.h"
#include "test.h"

static void is(const char *in, int ctx, const char *iso, size_t consumed)
{
	struct date_val v = { 0, 0, 0, 0 };
	char out[11];
	size_t n = date_parse(in, strlen(in), ctx, &v);
	date_iso(&v, out);
	if (!CHECK_STR(n ? out : "", iso))
		printf("#   input: %s\n", in);
	CHECK_INT(n, consumed);
}

int main(void)
{
	is("13 June 1951", 0, "1951-06-13", 12);
	is("13 June", 1951, "1951-06-13", 7);
	is("13 June", 0, "", 0);
	is("June 13, 1951", 0, "1951-06-13", 13);
	is("October 1, 1950", 0, "1950-10-01", 15);
	is("October 1", 1950, "1950-10-01", 9);
	is("October 1950", 0, "1950-10", 12);
	is("13.10.50", 0, "1950-10-13", 8);
	is("29.8.50", 0, "1950-08-29", 7);
	is("13.6.51\"", 0, "1951-06-13", 7);
	is("05.01.49", 0, "1949-01-05", 8);
	is("13.06.1951", 0, "1951-06-13", 10);
	is("24.III.50", 0, "1950-03-24", 9);
	is("10/14/50", 0, "1950-10-14", 8);
	is("13/5-50", 0, "1950-05-13", 7);
	is("1st of June 1950", 0, "1950-06-01", 16);
	is("Oct. 8, 1950", 0, "1950-10-08", 12);
	is("31 February 1950", 0, "", 0);
	is("1.2.3.4", 0, "", 0);
	is("13.10.501", 0, "", 0);
	is("Mayday", 0, "", 0);
	is("", 0, "", 0);
	is("12", 0, "", 0);

	struct date_val v;
	size_t dlen;
	const char *s = "I received your telegram of 13 June.";
	size_t at = date_find(s, strlen(s), 1951, &v, &dlen);
	CHECK_INT(at, 28);
	CHECK_INT(dlen, 7);
	CHECK(date_from_iso("1950-10", &v) == 0 && v.y == 1950 && v.m == 10 && v.d == 0);
	return test_done();
}
