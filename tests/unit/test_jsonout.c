/* test_jsonout.c: the JSON writer escapes and separates correctly. */
#include <stdlib.h>
#include <string.h>

#include "dossier/jsonout.h"
#include "test.h"

int main(void)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	struct jsonout j;
	jsonout_init(&j, f);
	jsonout_object_begin(&j);
	jsonout_key(&j, "s");
	jsonout_string(&j, "a\"b\\c\nd\x01");
	jsonout_key(&j, "n");
	jsonout_string(&j, NULL);
	jsonout_key(&j, "i");
	jsonout_int(&j, -42);
	jsonout_key(&j, "a");
	jsonout_array_begin(&j);
	jsonout_int(&j, 1);
	jsonout_bool(&j, 1);
	jsonout_object_begin(&j);
	jsonout_object_end(&j);
	jsonout_array_end(&j);
	jsonout_key(&j, "u");
	jsonout_string(&j, "Zhōu");
	jsonout_object_end(&j);
	fclose(f);
	CHECK_STR(out, "{\"s\":\"a\\\"b\\\\c\\nd\\u0001\",\"n\":null,\"i\":-42,\"a\":[1,true,{}],\"u\":\"Zhōu\"}\n");
	free(out);

	/* C1 controls, U+2028 and bytes that are not UTF-8 (a file's name):
	 * escaped, so the output is valid JSON that no terminal obeys. */
	f = open_memstream(&out, &len);
	jsonout_init(&j, f);
	jsonout_string(&j, "a\xc2\x9b" "2J\x7f\xe2\x80\xa8|\xff\xfe|\xc3|\xed\xa0\x80|\xe9\x87\x91");
	fclose(f);
	CHECK_STR(out, "\"a\\u009b2J\\u007f\\u2028|\\ufffd\\ufffd|\\ufffd|\\ufffd\\ufffd\\ufffd|\xe9\x87\x91\"");
	free(out);

	/* plain runs are written whole, what ends or splits them escaped */
	f = open_memstream(&out, &len);
	jsonout_init(&j, f);
	jsonout_string(&j, "Telegram No. 4581 from Moscow\x1b[2J and on\x1b");
	fclose(f);
	CHECK_STR(out, "\"Telegram No. 4581 from Moscow\\u001b[2J and on\\u001b\"");
	free(out);
	return test_done();
}
