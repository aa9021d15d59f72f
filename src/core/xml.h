/* xml.h: libxml2, opened when a file of XML is first read or written.
 * Linked as usual, it and what it brings (ICU, the C++ library) were
 * loaded by every process, about 2 ms of every start of the reader and
 * of every `dossier search`, which never read XML. The modules that do
 * include this header instead of libxml2's: the calls keep their names
 * and go through a table that xml_open() fills once (dlopen). */
#ifndef DOSSIER_XML_H
#define DOSSIER_XML_H

#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>

/* Every libxml2 function dossier calls, once. */
#define XML_FUNCTIONS(X) \
	X(xmlBufferContent) X(xmlBufferCreate) X(xmlBufferFree) X(xmlBufferLength) \
	X(xmlCtxtGetLastError) X(xmlCtxtReadMemory) X(xmlDocGetRootElement) X(xmlFreeDoc) \
	X(xmlFreeParserCtxt) X(xmlFreeTextReader) X(xmlFreeTextWriter) X(xmlGetDocEntity) \
	X(xmlGetLineNo) X(xmlGetNsProp) X(xmlGetProp) X(xmlNewParserCtxt) X(xmlNewTextWriter) \
	X(xmlNewTextWriterMemory) X(xmlNodeDump) X(xmlNodeGetContent) X(xmlOutputBufferCreateFile) \
	X(xmlReaderForMemory) X(xmlTextReaderCurrentNode) X(xmlTextReaderExpand) \
	X(xmlTextReaderGetParserColumnNumber) X(xmlTextReaderGetParserLineNumber) \
	X(xmlTextReaderIsEmptyElement) X(xmlTextReaderNext) X(xmlTextReaderNodeType) \
	X(xmlTextReaderRead) X(xmlTextReaderSetStructuredErrorHandler) X(xmlTextWriterEndDocument) \
	X(xmlTextWriterEndElement) X(xmlTextWriterFlush) X(xmlTextWriterSetIndent) \
	X(xmlTextWriterSetIndentString) X(xmlTextWriterStartDocument) X(xmlTextWriterStartElement) \
	X(xmlTextWriterStartElementNS) X(xmlTextWriterWriteAttribute) X(xmlTextWriterWriteRaw) \
	X(xmlTextWriterWriteString)

struct xml_lib {
#define XML_SLOT(f) __typeof__(&f) f;
	XML_FUNCTIONS(XML_SLOT)
#undef XML_SLOT
	xmlFreeFunc free;       /* libxml2's xmlFree, read once it is open */
};

extern struct xml_lib xml_lib;

/* Opens libxml2 (once, for every thread). 0, or -1 with *err. Call it
 * before a module's first libxml2 call. */
int xml_open(char **err);

#ifndef XML_IMPL
#undef xmlFree
#define xmlFree (xml_lib.free)
#define xmlBufferContent (xml_lib.xmlBufferContent)
#define xmlBufferCreate (xml_lib.xmlBufferCreate)
#define xmlBufferFree (xml_lib.xmlBufferFree)
#define xmlBufferLength (xml_lib.xmlBufferLength)
#define xmlCtxtGetLastError (xml_lib.xmlCtxtGetLastError)
#define xmlCtxtReadMemory (xml_lib.xmlCtxtReadMemory)
#define xmlDocGetRootElement (xml_lib.xmlDocGetRootElement)
#define xmlFreeDoc (xml_lib.xmlFreeDoc)
#define xmlFreeParserCtxt (xml_lib.xmlFreeParserCtxt)
#define xmlFreeTextReader (xml_lib.xmlFreeTextReader)
#define xmlFreeTextWriter (xml_lib.xmlFreeTextWriter)
#define xmlGetDocEntity (xml_lib.xmlGetDocEntity)
#define xmlGetLineNo (xml_lib.xmlGetLineNo)
#define xmlGetNsProp (xml_lib.xmlGetNsProp)
#define xmlGetProp (xml_lib.xmlGetProp)
#define xmlNewParserCtxt (xml_lib.xmlNewParserCtxt)
#define xmlNewTextWriter (xml_lib.xmlNewTextWriter)
#define xmlNewTextWriterMemory (xml_lib.xmlNewTextWriterMemory)
#define xmlNodeDump (xml_lib.xmlNodeDump)
#define xmlNodeGetContent (xml_lib.xmlNodeGetContent)
#define xmlOutputBufferCreateFile (xml_lib.xmlOutputBufferCreateFile)
#define xmlReaderForMemory (xml_lib.xmlReaderForMemory)
#define xmlTextReaderCurrentNode (xml_lib.xmlTextReaderCurrentNode)
#define xmlTextReaderExpand (xml_lib.xmlTextReaderExpand)
#define xmlTextReaderGetParserColumnNumber (xml_lib.xmlTextReaderGetParserColumnNumber)
#define xmlTextReaderGetParserLineNumber (xml_lib.xmlTextReaderGetParserLineNumber)
#define xmlTextReaderIsEmptyElement (xml_lib.xmlTextReaderIsEmptyElement)
#define xmlTextReaderNext (xml_lib.xmlTextReaderNext)
#define xmlTextReaderNodeType (xml_lib.xmlTextReaderNodeType)
#define xmlTextReaderRead (xml_lib.xmlTextReaderRead)
#define xmlTextReaderSetStructuredErrorHandler (xml_lib.xmlTextReaderSetStructuredErrorHandler)
#define xmlTextWriterEndDocument (xml_lib.xmlTextWriterEndDocument)
#define xmlTextWriterEndElement (xml_lib.xmlTextWriterEndElement)
#define xmlTextWriterFlush (xml_lib.xmlTextWriterFlush)
#define xmlTextWriterSetIndent (xml_lib.xmlTextWriterSetIndent)
#define xmlTextWriterSetIndentString (xml_lib.xmlTextWriterSetIndentString)
#define xmlTextWriterStartDocument (xml_lib.xmlTextWriterStartDocument)
#define xmlTextWriterStartElement (xml_lib.xmlTextWriterStartElement)
#define xmlTextWriterStartElementNS (xml_lib.xmlTextWriterStartElementNS)
#define xmlTextWriterWriteAttribute (xml_lib.xmlTextWriterWriteAttribute)
#define xmlTextWriterWriteRaw (xml_lib.xmlTextWriterWriteRaw)
#define xmlTextWriterWriteString (xml_lib.xmlTextWriterWriteString)
#endif

#endif
