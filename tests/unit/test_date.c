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
	is("8. Juli 1989", 0, "1989-07-08", 12);
	is("3. M\xc3\xa4rz 1990", 0, "1990-03-03", 13);
	is("Mai Van Bo said", 0, "", 0);
	is("13 June", 1951, "1951-06-13", 7);
	is("13 June", 0, "", 0);
	is("June 13, 1951", 0, "1951-06-13", 13);
	is("October 1, 1950", 0, "1950-10-01", 15);
	is("October 1", 1950, "1950-10-01", 9);
	is("October 1950", 0, "1950-10", 12);
	/* a range of days: the paper is of the first */
	is("November 3\xe2\x80\x93" "4, 1956", 0, "1956-11-03", 20);
	is("3-4 November 1956", 0, "1956-11-03", 17);
	is("June 13-12, 1951", 0, "", 0);
	is("13.10.50", 0, "1950-10-13", 8);
	is("29.8.50", 0, "1950-08-29", 7);
	is("13.6.51\"", 0, "1951-06-13", 7);
	is("05.01.49", 0, "1949-01-05", 8);
	is("13.06.1951", 0, "1951-06-13", 10);
	is("24.III.50", 0, "1950-03-24", 9);
	is("25/X/1962", 0, "1962-10-25", 9);
	is("14-VI-1951", 0, "1951-06-14", 10);
	is("14-VI-51", 0, "1951-06-14", 8);
	is("14-6-51", 0, "", 0);
	is("12 XII 1970/1333", 0, "1970-12-12", 11);
	is("Nov. 18. 1788.", 0, "1788-11-18", 13);
	is("12 XII 70", 0, "", 0);
	is("3 I think", 0, "", 0);
	is("10/14/50", 0, "1950-10-14", 8);
	is("13/5-50", 0, "1950-05-13", 7);
	is("1st of June 1950", 0, "1950-06-01", 16);
	is("Oct. 8, 1950", 0, "1950-10-08", 12);
	/* the eighteenth century's abbreviations: first letters and last */
	is("28th Novr 1795", 0, "1795-11-28", 14);
	is("Septr 3, 1789", 0, "1789-09-03", 13);
	is("Jany 12 1781", 0, "1781-01-12", 12);
	is("3 Novel 1795", 0, "", 0);
	is("31 February 1950", 0, "", 0);
	is("1.2.3.4", 0, "", 0);
	is("13.10.501", 0, "", 0);
	is("Mayday", 0, "", 0);
	is("", 0, "", 0);
	is("12", 0, "", 0);

	/* the calendar: a leap day only in a leap year */
	is("February 29, 1951", 0, "", 0);
	is("29.2.51", 0, "", 0);
	is("February 29, 1952", 0, "1952-02-29", 17);
	is("29 February 1900", 0, "", 0);
	is("29 February 2000", 0, "2000-02-29", 16);
	/* the forms real pages print */
	is("21 November 1972", 0, "1972-11-21", 16);
	/* Czech and Polish months, nominative and genitive */
	is("26. srpen 1968", 0, "1968-08-26", 14);
	is("3. \xc4\x8d\x65rvence 1968", 0, "1968-07-03", 17);
	is("5 pa\xc5\xba\x64ziernika 1956", 0, "1956-10-05", 20);
	is("5 maja 1956", 0, "1956-05-05", 11);
	/* a catalogue's, the year first */
	is("1783 April 09. 2 p.", 0, "1783-04-09", 13);
	is("1950 March 32", 0, "", 0);
	is("6/25/50", 0, "1950-06-25", 7);
	is("13.9.50", 0, "1950-09-13", 7);
	is("1. Oct. 1950", 0, "1950-10-01", 12);
	is("14th June 1951", 0, "1951-06-14", 14);
	is("Nov. 6", 1962, "1962-11-06", 6);
	is("Nov. 6", 0, "", 0);
	is("Sept. 3, 1939", 0, "1939-09-03", 13);
	is("1950-10-01", 0, "1950-10-01", 10);
	is("1950-10", 0, "1950-10", 7);
	is("1962/10/24", 0, "1962-10-24", 10);
	is("1962/10", 0, "", 0);
	is("1950-13-01", 0, "", 0);
	is("Wednesday, October 24, 1962", 0, "1962-10-24", 27);
	is("Friday 13 June 1952", 0, "1952-06-13", 19);
	is("March 14, 1952\xe2\x80\x94" "6 p. m.", 0, "1952-03-14", 14);
	is("0230 12 May", 1951, "1951-05-12", 11);
	is("2300 hours 4 June", 1950, "1950-06-04", 17);
	is("141530Z MAR 52", 0, "1952-03-14", 14);
	is("14 MAR 52", 0, "1952-03-14", 9);
	is("270150 Z JUN 73", 0, "1973-06-27", 15);
	is("14 March 52 men", 0, "", 0);
	is("5 \xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0 1962", 0, "1962-08-05", 21);
	is("12 \xd0\x9e\xd0\x9a\xd0\xa2\xd0\xaf\xd0\x91\xd0\xa0\xd0\xaf", 1950, "1950-10-12", 17);
	/* the word "year" after it, Russian and Polish: part of the date */
	is("5 \xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0 1962 \xd0\xb3.", 0, "1962-08-05", 25);
	is("5 \xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0 1962 \xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0", 0, "1962-08-05", 30);
	/* the day in quotation marks, as Soviet forms print it */
	is("\"14\" June 1951", 0, "1951-06-14", 14);
	is("\xc2\xab" "14\xc2\xbb \xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f 1951 \xd0\xb3.", 0, "1951-06-14", 24);
	is("\"14\" people", 0, "", 0);
	is("14 VI 1951 r.", 0, "1951-06-14", 13);
	is("14 VI 1951 r", 0, "1951-06-14", 12);
	is("14 June 1951 roku", 0, "1951-06-14", 17);
	is("14 June 1951 rocket", 0, "1951-06-14", 12);
	/* a date ends at a word's end */
	is("13 Junes", 1951, "", 0);
	is("October 1, 1950s", 0, "", 0);
	is("13 June 1951\xd0\xb3", 0, "", 0);

	/* a year alone is read only where a year is expected */
	is("1974", 0, "", 0);
	struct date_val y;
	CHECK_INT(date_parse_year("1974", 4, &y), 4);
	CHECK_INT(y.y, 1974);
	CHECK_INT(date_parse_year("1974s", 5, &y), 0);
	CHECK_INT(date_parse_year("19745", 5, &y), 0);
	CHECK_INT(date_parse_year("0974", 4, &y), 0);

	/* times of day, after a date or before a day */
	CHECK_INT(date_time_len("6 p. m.", 7), 7);
	CHECK_INT(date_time_len("10:30 a.m. Received", 19), 10);
	CHECK_INT(date_time_len("2300 hours", 10), 10);
	CHECK_INT(date_time_len("0230Z", 5), 5);
	CHECK_INT(date_time_len("noon", 4), 4);
	CHECK_INT(date_time_len("12 noon", 7), 7); /* an Australian cable's hour */
	CHECK_INT(date_time_len("3:00", 4), 4);
	CHECK_INT(date_time_len("7", 1), 0);
	CHECK_INT(date_time_len("1950", 4), 0);
	CHECK_INT(date_time_len("25 p.m.", 7), 0);
	/* "1-50 p.m.", Australian cables' hour: with a.m. or p.m. only */
	CHECK_INT(date_time_len("1-50 p.m.", 9), 9);
	CHECK_INT(date_time_len("1-50", 4), 0);

	/* the date at the end of a decimal file number */
	const char *codes[] = { "661.00/3\xe2\x80\x93" "1452", "761.00/10-1450", "611.61/1\xe2\x80\x94" "352", NULL };
	const char *isos[] = { "1952-03-14", "1950-10-14", "1952-01-03" };
	for (int i = 0; codes[i] != NULL; i++) {
		char out[11] = "";
		if (date_from_file_code(codes[i], strlen(codes[i]), &y) == 0)
			date_iso(&y, out);
		CHECK_STR(out, isos[i]);
	}
	CHECK(date_from_file_code("124.61/263", 10, &y) != 0);
	CHECK(date_from_file_code("661.00/2\xe2\x80\x93" "3051", 13, &y) != 0);
	CHECK(date_valid(1952, 2, 29) && !date_valid(1951, 2, 29) && date_valid(1951, 0, 0) && !date_valid(1951, 0, 3));

	struct date_val v;
	size_t dlen;
	const char *s = "I received your telegram of 13 June.";
	size_t at = date_find(s, strlen(s), 1951, &v, &dlen);
	CHECK_INT(at, 28);
	CHECK_INT(dlen, 7);
	CHECK(date_from_iso("1950-10", &v) == 0 && v.y == 1950 && v.m == 10 && v.d == 0);
	return test_done();
}
