/* test_json.c: the JSON writer escapes and separates correctly. */
#include <stdlib.h>
#include <string.h>

#include "dossier/json.h"
#include "test.h"

int main(void)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	struct json j;
	json_init(&j, f);
	json_object_begin(&j);
	json_key(&j, "s");
	json_string(&j, "a\"b\\c\nd\x01");
	json_key(&j, "n");
	json_string(&j, NULL);
	json_key(&j, "i");
	json_int(&j, -42);
	json_key(&j, "a");
	json_array_begin(&j);
	json_int(&j, 1);
	json_bool(&j, 1);
	json_object_begin(&j);
	json_object_end(&j);
	json_array_end(&j);
	json_key(&j, "u");
	json_string(&j, "Zhōu");
	json_object_end(&j);
	fclose(f);
	CHECK_STR(out, "{\"s\":\"a\\\"b\\\\c\\nd\\u0001\",\"n\":null,\"i\":-42,\"a\":[1,true,{}],\"u\":\"Zhōu\"}\n");
	free(out);
	return test_done();
}
