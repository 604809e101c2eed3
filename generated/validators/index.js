// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.
export const validateAccessDeniedException = validate52;
const schema19 = {"$id":"urn:smithy:com.amazonaws.mwaaserverless:AccessDeniedException","$ref":"urn:smithy:codegen:shared-definitions#/$defs/AccessDeniedException"};
const schema21 = {"title":"AccessDeniedException","description":"You do not have sufficient permission to perform this action.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"__type":{"type":"string","description":"The error type (awsJson): `AccessDeniedException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?AccessDeniedException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `AccessDeniedException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?AccessDeniedException(?::.*)?$"}},"required":["Message"]};
const func0 = Object.prototype.hasOwnProperty;
import func62$module from "ajv/dist/runtime/ucs2length.js";
const func62 = typeof func62$module === "function" ? func62$module : func62$module.default;
const pattern3 = new RegExp("^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");
const pattern4 = new RegExp("^(?:[^#:]*#)?AccessDeniedException(?::.*)?$", "u");

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.Message === undefined) || (!(func0.call(data, "Message")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Message !== undefined && func0.call(data, "Message")){
let data0 = data.Message;
const _errs1 = errors;
const _errs2 = errors;
if(typeof data0 === "string"){
if(func62(data0) > 2048){
const err1 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func62(data0) < 1){
const err2 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern3.test(data0)){
const err3 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs1 === errors;
}
if(data.__type !== undefined && func0.call(data, "__type")){
let data1 = data.__type;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err5 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?AccessDeniedException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?AccessDeniedException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.code !== undefined && func0.call(data, "code")){
let data2 = data.code;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err7 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?AccessDeniedException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?AccessDeniedException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid0 = _errs5 === errors;
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"Message":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:AccessDeniedException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
else {
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"Message":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

export const validateAwsJsonFrameworkError = validate56;
const schema22 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:smithy:aws.protocols:AwsJsonFrameworkError","$comment":"Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate). DO NOT EDIT: change the model and regenerate.","title":"AwsJsonFrameworkError","description":"An error the awsJson protocol layer sends itself, outside the model: routing, parsing, media type, size, method and authentication failures, and internal failures.","type":"object","properties":{"__type":{"type":"string","description":"The error type (awsJson): one of `SerializationException`, `UnknownOperationException`, `MethodNotAllowedException`, `RequestEntityTooLargeException`, `UnsupportedMediaTypeException`, `BadRequestException`, `RequestTimeoutException`, `ExpectationFailedException`, `RequestHeaderFieldsTooLargeException`, `InternalFailure`, `InternalFailureException`, `IncompleteSignatureException`, `InvalidSignatureException`, `MissingAuthenticationTokenException`, `UnrecognizedClientException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?(?:SerializationException|UnknownOperationException|MethodNotAllowedException|RequestEntityTooLargeException|UnsupportedMediaTypeException|BadRequestException|RequestTimeoutException|ExpectationFailedException|RequestHeaderFieldsTooLargeException|InternalFailure|InternalFailureException|IncompleteSignatureException|InvalidSignatureException|MissingAuthenticationTokenException|UnrecognizedClientException)(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): one of `SerializationException`, `UnknownOperationException`, `MethodNotAllowedException`, `RequestEntityTooLargeException`, `UnsupportedMediaTypeException`, `BadRequestException`, `RequestTimeoutException`, `ExpectationFailedException`, `RequestHeaderFieldsTooLargeException`, `InternalFailure`, `InternalFailureException`, `IncompleteSignatureException`, `InvalidSignatureException`, `MissingAuthenticationTokenException`, `UnrecognizedClientException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?(?:SerializationException|UnknownOperationException|MethodNotAllowedException|RequestEntityTooLargeException|UnsupportedMediaTypeException|BadRequestException|RequestTimeoutException|ExpectationFailedException|RequestHeaderFieldsTooLargeException|InternalFailure|InternalFailureException|IncompleteSignatureException|InvalidSignatureException|MissingAuthenticationTokenException|UnrecognizedClientException)(?::.*)?$"},"message":{"type":"string","description":"What went wrong, for people."},"Message":{"type":"string","description":"What went wrong, for people."}}};
const pattern6 = new RegExp("^(?:[^#:]*#)?(?:SerializationException|UnknownOperationException|MethodNotAllowedException|RequestEntityTooLargeException|UnsupportedMediaTypeException|BadRequestException|RequestTimeoutException|ExpectationFailedException|RequestHeaderFieldsTooLargeException|InternalFailure|InternalFailureException|IncompleteSignatureException|InvalidSignatureException|MissingAuthenticationTokenException|UnrecognizedClientException)(?::.*)?$", "u");

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:aws.protocols:AwsJsonFrameworkError" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.__type !== undefined && func0.call(data, "__type")){
let data0 = data.__type;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err0 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?(?:SerializationException|UnknownOperationException|MethodNotAllowedException|RequestEntityTooLargeException|UnsupportedMediaTypeException|BadRequestException|RequestTimeoutException|ExpectationFailedException|RequestHeaderFieldsTooLargeException|InternalFailure|InternalFailureException|IncompleteSignatureException|InvalidSignatureException|MissingAuthenticationTokenException|UnrecognizedClientException)(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?(?:SerializationException|UnknownOperationException|MethodNotAllowedException|RequestEntityTooLargeException|UnsupportedMediaTypeException|BadRequestException|RequestTimeoutException|ExpectationFailedException|RequestHeaderFieldsTooLargeException|InternalFailure|InternalFailureException|IncompleteSignatureException|InvalidSignatureException|MissingAuthenticationTokenException|UnrecognizedClientException)(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.code !== undefined && func0.call(data, "code")){
let data1 = data.code;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err2 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?(?:SerializationException|UnknownOperationException|MethodNotAllowedException|RequestEntityTooLargeException|UnsupportedMediaTypeException|BadRequestException|RequestTimeoutException|ExpectationFailedException|RequestHeaderFieldsTooLargeException|InternalFailure|InternalFailureException|IncompleteSignatureException|InvalidSignatureException|MissingAuthenticationTokenException|UnrecognizedClientException)(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?(?:SerializationException|UnknownOperationException|MethodNotAllowedException|RequestEntityTooLargeException|UnsupportedMediaTypeException|BadRequestException|RequestTimeoutException|ExpectationFailedException|RequestHeaderFieldsTooLargeException|InternalFailure|InternalFailureException|IncompleteSignatureException|InvalidSignatureException|MissingAuthenticationTokenException|UnrecognizedClientException)(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.message !== undefined && func0.call(data, "message")){
let data2 = data.message;
const _errs6 = errors;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs7 = errors;
var valid0 = _errs6 === errors;
}
if(data.Message !== undefined && func0.call(data, "Message")){
let data3 = data.Message;
const _errs8 = errors;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs9 = errors;
var valid0 = _errs8 === errors;
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":{"__type":true,"code":true,"message":true,"Message":true},"dynamicProps":false,"dynamicItems":false};

export const validateInternalServerException = validate57;
const schema23 = {"$id":"urn:smithy:com.amazonaws.mwaaserverless:InternalServerException","$ref":"urn:smithy:codegen:shared-definitions#/$defs/InternalServerException"};
const schema24 = {"title":"InternalServerException","description":"An unexpected server-side error occurred during request processing.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"RetryAfterSeconds":{"type":"integer","minimum":-2147483648,"maximum":2147483647,"description":"The number of seconds to wait before retrying the operation."},"__type":{"type":"string","description":"The error type (awsJson): `InternalServerException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?InternalServerException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `InternalServerException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?InternalServerException(?::.*)?$"}},"required":["Message"]};
const pattern9 = new RegExp("^(?:[^#:]*#)?InternalServerException(?::.*)?$", "u");

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.Message === undefined) || (!(func0.call(data, "Message")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Message !== undefined && func0.call(data, "Message")){
let data0 = data.Message;
const _errs1 = errors;
const _errs2 = errors;
if(typeof data0 === "string"){
if(func62(data0) > 2048){
const err1 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func62(data0) < 1){
const err2 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern3.test(data0)){
const err3 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs1 === errors;
}
if(data.RetryAfterSeconds !== undefined && func0.call(data, "RetryAfterSeconds")){
let data1 = data.RetryAfterSeconds;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/RetryAfterSeconds",schemaPath:"#/properties/RetryAfterSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs4 = errors;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/RetryAfterSeconds",schemaPath:"#/properties/RetryAfterSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < -2147483648 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/RetryAfterSeconds",schemaPath:"#/properties/RetryAfterSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid0 = _errs3 === errors;
}
if(data.__type !== undefined && func0.call(data, "__type")){
let data2 = data.__type;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err8 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?InternalServerException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?InternalServerException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.code !== undefined && func0.call(data, "code")){
let data3 = data.code;
const _errs7 = errors;
const _errs8 = errors;
if(typeof data3 === "string"){
if(!pattern9.test(data3)){
const err10 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?InternalServerException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?InternalServerException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs7 === errors;
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":{"Message":true,"RetryAfterSeconds":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:InternalServerException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
else {
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"Message":true,"RetryAfterSeconds":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

export const validateOperationTimeoutException = validate60;
const schema25 = {"$id":"urn:smithy:com.amazonaws.mwaaserverless:OperationTimeoutException","$ref":"urn:smithy:codegen:shared-definitions#/$defs/OperationTimeoutException"};
const schema26 = {"title":"OperationTimeoutException","description":"The operation timed out.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"__type":{"type":"string","description":"The error type (awsJson): `OperationTimeoutException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?OperationTimeoutException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `OperationTimeoutException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?OperationTimeoutException(?::.*)?$"}}};
const pattern12 = new RegExp("^(?:[^#:]*#)?OperationTimeoutException(?::.*)?$", "u");

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Message !== undefined && func0.call(data, "Message")){
let data0 = data.Message;
const _errs1 = errors;
const _errs2 = errors;
if(typeof data0 === "string"){
if(func62(data0) > 2048){
const err0 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func62(data0) < 1){
const err1 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern3.test(data0)){
const err2 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid0 = _errs1 === errors;
}
if(data.__type !== undefined && func0.call(data, "__type")){
let data1 = data.__type;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err4 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?OperationTimeoutException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?OperationTimeoutException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.code !== undefined && func0.call(data, "code")){
let data2 = data.code;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err6 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?OperationTimeoutException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?OperationTimeoutException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs5 === errors;
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":{"Message":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};


function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:OperationTimeoutException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate61(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
else {
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"Message":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

export const validateResourceNotFoundException = validate63;
const schema27 = {"$id":"urn:smithy:com.amazonaws.mwaaserverless:ResourceNotFoundException","$ref":"urn:smithy:codegen:shared-definitions#/$defs/ResourceNotFoundException"};
const schema28 = {"title":"ResourceNotFoundException","description":"The specified resource was not found. You can only access or modify a\nresource that already exists.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"ResourceId":{"type":"string","description":"The unique identifier of the resource."},"ResourceType":{"type":"string","description":"The type of the resource."},"__type":{"type":"string","description":"The error type (awsJson): `ResourceNotFoundException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ResourceNotFoundException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `ResourceNotFoundException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ResourceNotFoundException(?::.*)?$"}},"required":["Message","ResourceId","ResourceType"]};
const pattern15 = new RegExp("^(?:[^#:]*#)?ResourceNotFoundException(?::.*)?$", "u");

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.Message === undefined) || (!(func0.call(data, "Message")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.ResourceId === undefined) || (!(func0.call(data, "ResourceId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ResourceId"},message:"must have required property '"+"ResourceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.ResourceType === undefined) || (!(func0.call(data, "ResourceType")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ResourceType"},message:"must have required property '"+"ResourceType"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Message !== undefined && func0.call(data, "Message")){
let data0 = data.Message;
const _errs1 = errors;
const _errs2 = errors;
if(typeof data0 === "string"){
if(func62(data0) > 2048){
const err3 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func62(data0) < 1){
const err4 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern3.test(data0)){
const err5 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs1 === errors;
}
if(data.ResourceId !== undefined && func0.call(data, "ResourceId")){
let data1 = data.ResourceId;
const _errs3 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/ResourceId",schemaPath:"#/properties/ResourceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs4 = errors;
var valid0 = _errs3 === errors;
}
if(data.ResourceType !== undefined && func0.call(data, "ResourceType")){
let data2 = data.ResourceType;
const _errs5 = errors;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/ResourceType",schemaPath:"#/properties/ResourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs6 = errors;
var valid0 = _errs5 === errors;
}
if(data.__type !== undefined && func0.call(data, "__type")){
let data3 = data.__type;
const _errs7 = errors;
const _errs8 = errors;
if(typeof data3 === "string"){
if(!pattern15.test(data3)){
const err9 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?ResourceNotFoundException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?ResourceNotFoundException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.code !== undefined && func0.call(data, "code")){
let data4 = data.code;
const _errs9 = errors;
const _errs10 = errors;
if(typeof data4 === "string"){
if(!pattern15.test(data4)){
const err11 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?ResourceNotFoundException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?ResourceNotFoundException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":{"Message":true,"ResourceId":true,"ResourceType":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:ResourceNotFoundException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
else {
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"Message":true,"ResourceId":true,"ResourceType":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

export const validateStopWorkflowRunRequest = validate66;
const schema29 = {"$id":"urn:smithy:com.amazonaws.mwaaserverless:StopWorkflowRunRequest","$ref":"urn:smithy:codegen:shared-definitions#/$defs/StopWorkflowRunRequest"};
const schema30 = {"title":"StopWorkflowRunRequest","type":"object","properties":{"WorkflowArn":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9.\\-_]{0,254}-[a-zA-Z0-9]{10})(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"The Amazon Resource Name (ARN) of the workflow that contains the run you want to stop."},"RunId":{"type":"string","minLength":1,"maxLength":255,"pattern":"^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"The unique identifier of the workflow run to stop."}},"required":["WorkflowArn","RunId"]};
const pattern17 = new RegExp("^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9.\\-_]{0,254}-[a-zA-Z0-9]{10})(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");
const pattern18 = new RegExp("^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.WorkflowArn === undefined) || (!(func0.call(data, "WorkflowArn")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "WorkflowArn"},message:"must have required property '"+"WorkflowArn"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.RunId === undefined) || (!(func0.call(data, "RunId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "RunId"},message:"must have required property '"+"RunId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.WorkflowArn !== undefined && func0.call(data, "WorkflowArn")){
let data0 = data.WorkflowArn;
const _errs1 = errors;
const _errs2 = errors;
if(typeof data0 === "string"){
if(func62(data0) > 2048){
const err2 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func62(data0) < 1){
const err3 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern17.test(data0)){
const err4 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/pattern",keyword:"pattern",params:{pattern: "^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9.\\-_]{0,254}-[a-zA-Z0-9]{10})(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9.\\-_]{0,254}-[a-zA-Z0-9]{10})(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs1 === errors;
}
if(data.RunId !== undefined && func0.call(data, "RunId")){
let data1 = data.RunId;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data1 === "string"){
if(func62(data1) > 255){
const err6 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func62(data1) < 1){
const err7 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern18.test(data1)){
const err8 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs3 === errors;
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":{"WorkflowArn":true,"RunId":true},"dynamicProps":false,"dynamicItems":false};


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:StopWorkflowRunRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
else {
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":{"WorkflowArn":true,"RunId":true},"dynamicProps":false,"dynamicItems":false};

export const validateStopWorkflowRunResponse = validate69;
const schema31 = {"$id":"urn:smithy:com.amazonaws.mwaaserverless:StopWorkflowRunResponse","$ref":"urn:smithy:codegen:shared-definitions#/$defs/StopWorkflowRunResponse"};
const schema32 = {"title":"StopWorkflowRunResponse","type":"object","properties":{"WorkflowArn":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9.\\-_]{0,254}-[a-zA-Z0-9]{10})(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"The Amazon Resource Name (ARN) of the workflow that contains the stopped run."},"WorkflowVersion":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]+(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"The version of the workflow that was stopped."},"RunId":{"type":"string","minLength":1,"maxLength":255,"pattern":"^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"The unique identifier of the stopped workflow run."},"Status":{"$ref":"#/$defs/WorkflowRunStatus","description":"The status of the workflow run after the stop operation. This is\ntypically `STOPPING` or `STOPPED`."}}};
const pattern20 = new RegExp("^[^\\n\\r\\u0085\\u2028\\u2029]+(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");
const schema33 = {"title":"WorkflowRunStatus","type":"string","enum":["STARTING","QUEUED","RUNNING","SUCCESS","FAILED","TIMEOUT","STOPPING","STOPPED"]};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const vSchema0 = schema33.enum;
if(!((((((((data === "STARTING") || (data === "QUEUED")) || (data === "RUNNING")) || (data === "SUCCESS")) || (data === "FAILED")) || (data === "TIMEOUT")) || (data === "STOPPING")) || (data === "STOPPED"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.WorkflowArn !== undefined && func0.call(data, "WorkflowArn")){
let data0 = data.WorkflowArn;
const _errs1 = errors;
const _errs2 = errors;
if(typeof data0 === "string"){
if(func62(data0) > 2048){
const err0 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func62(data0) < 1){
const err1 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern17.test(data0)){
const err2 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/pattern",keyword:"pattern",params:{pattern: "^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9.\\-_]{0,254}-[a-zA-Z0-9]{10})(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9.\\-_]{0,254}-[a-zA-Z0-9]{10})(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid0 = _errs1 === errors;
}
if(data.WorkflowVersion !== undefined && func0.call(data, "WorkflowVersion")){
let data1 = data.WorkflowVersion;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data1 === "string"){
if(func62(data1) > 2048){
const err4 = {instancePath:instancePath+"/WorkflowVersion",schemaPath:"#/properties/WorkflowVersion/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func62(data1) < 1){
const err5 = {instancePath:instancePath+"/WorkflowVersion",schemaPath:"#/properties/WorkflowVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern20.test(data1)){
const err6 = {instancePath:instancePath+"/WorkflowVersion",schemaPath:"#/properties/WorkflowVersion/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0085\\u2028\\u2029]+(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^[^\\n\\r\\u0085\\u2028\\u2029]+(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/WorkflowVersion",schemaPath:"#/properties/WorkflowVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.RunId !== undefined && func0.call(data, "RunId")){
let data2 = data.RunId;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data2 === "string"){
if(func62(data2) > 255){
const err8 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func62(data2) < 1){
const err9 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern18.test(data2)){
const err10 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.Status !== undefined && func0.call(data, "Status")){
let data3 = data.Status;
const _errs7 = errors;
if(!(validate71(data3, {instancePath:instancePath+"/Status",parentData:data,parentDataProperty:"Status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs7 === errors;
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":{"WorkflowArn":true,"WorkflowVersion":true,"RunId":true,"Status":true},"dynamicProps":false,"dynamicItems":false};


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:StopWorkflowRunResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
else {
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":{"WorkflowArn":true,"WorkflowVersion":true,"RunId":true,"Status":true},"dynamicProps":false,"dynamicItems":false};

export const validateThrottlingException = validate74;
const schema34 = {"$id":"urn:smithy:com.amazonaws.mwaaserverless:ThrottlingException","$ref":"urn:smithy:codegen:shared-definitions#/$defs/ThrottlingException"};
const schema35 = {"title":"ThrottlingException","description":"The request was denied because too many requests were made in a short\nperiod, exceeding the service rate limits. Amazon Managed Workflows for\nApache Airflow Serverless implements throttling controls to ensure fair\nresource allocation across all customers in the multi-tenant environment.\nThis helps maintain service stability and performance. If you encounter\nthrottling, implement exponential backoff and retry logic in your\napplications, or consider distributing your API calls over a longer time\nperiod.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"ServiceCode":{"type":"string","description":"The code for the service."},"QuotaCode":{"type":"string","description":"The code of the quota."},"RetryAfterSeconds":{"type":"integer","minimum":-2147483648,"maximum":2147483647,"description":"The number of seconds to wait before retrying the operation."},"__type":{"type":"string","description":"The error type (awsJson): `ThrottlingException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ThrottlingException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `ThrottlingException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ThrottlingException(?::.*)?$"}},"required":["Message","ServiceCode","QuotaCode"]};
const pattern23 = new RegExp("^(?:[^#:]*#)?ThrottlingException(?::.*)?$", "u");

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.Message === undefined) || (!(func0.call(data, "Message")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.ServiceCode === undefined) || (!(func0.call(data, "ServiceCode")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ServiceCode"},message:"must have required property '"+"ServiceCode"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.QuotaCode === undefined) || (!(func0.call(data, "QuotaCode")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "QuotaCode"},message:"must have required property '"+"QuotaCode"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Message !== undefined && func0.call(data, "Message")){
let data0 = data.Message;
const _errs1 = errors;
const _errs2 = errors;
if(typeof data0 === "string"){
if(func62(data0) > 2048){
const err3 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func62(data0) < 1){
const err4 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern3.test(data0)){
const err5 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs1 === errors;
}
if(data.ServiceCode !== undefined && func0.call(data, "ServiceCode")){
let data1 = data.ServiceCode;
const _errs3 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/ServiceCode",schemaPath:"#/properties/ServiceCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs4 = errors;
var valid0 = _errs3 === errors;
}
if(data.QuotaCode !== undefined && func0.call(data, "QuotaCode")){
let data2 = data.QuotaCode;
const _errs5 = errors;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/QuotaCode",schemaPath:"#/properties/QuotaCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs6 = errors;
var valid0 = _errs5 === errors;
}
if(data.RetryAfterSeconds !== undefined && func0.call(data, "RetryAfterSeconds")){
let data3 = data.RetryAfterSeconds;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/RetryAfterSeconds",schemaPath:"#/properties/RetryAfterSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs8 = errors;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2147483647 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/RetryAfterSeconds",schemaPath:"#/properties/RetryAfterSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/RetryAfterSeconds",schemaPath:"#/properties/RetryAfterSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid0 = _errs7 === errors;
}
if(data.__type !== undefined && func0.call(data, "__type")){
let data4 = data.__type;
const _errs9 = errors;
const _errs10 = errors;
if(typeof data4 === "string"){
if(!pattern23.test(data4)){
const err12 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?ThrottlingException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?ThrottlingException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs9 === errors;
}
if(data.code !== undefined && func0.call(data, "code")){
let data5 = data.code;
const _errs11 = errors;
const _errs12 = errors;
if(typeof data5 === "string"){
if(!pattern23.test(data5)){
const err14 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?ThrottlingException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?ThrottlingException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid0 = _errs11 === errors;
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":{"Message":true,"ServiceCode":true,"QuotaCode":true,"RetryAfterSeconds":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};


function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:ThrottlingException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
else {
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":{"Message":true,"ServiceCode":true,"QuotaCode":true,"RetryAfterSeconds":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

export const validateValidationException = validate77;
const schema36 = {"$id":"urn:smithy:com.amazonaws.mwaaserverless:ValidationException","$ref":"urn:smithy:codegen:shared-definitions#/$defs/ValidationException"};
const schema37 = {"title":"ValidationException","description":"The specified request parameters are invalid, missing, or inconsistent with\nAmazon Managed Workflows for Apache Airflow Serverless service requirements.\nThis can occur when workflow definitions contain unsupported operators, when\nrequired IAM permissions are missing, when S3 locations are inaccessible, or\nwhen network configurations are invalid. The service validates workflow\ndefinitions, execution roles, and resource configurations to ensure\ncompatibility with the managed Airflow environment and security\nrequirements.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"Reason":{"$ref":"#/$defs/ValidationExceptionReason","description":"The reason the request failed validation."},"FieldList":{"$ref":"#/$defs/ValidationExceptionFields","description":"The fields that failed validation."},"__type":{"type":"string","description":"The error type (awsJson): `ValidationException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ValidationException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `ValidationException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ValidationException(?::.*)?$"}},"required":["Message","Reason"]};
const pattern27 = new RegExp("^(?:[^#:]*#)?ValidationException(?::.*)?$", "u");
const schema38 = {"title":"ValidationExceptionReason","type":"string","enum":["unknownOperation","cannotParse","fieldValidationFailed","other"]};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const vSchema0 = schema38.enum;
if(!((((data === "unknownOperation") || (data === "cannotParse")) || (data === "fieldValidationFailed")) || (data === "other"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema39 = {"title":"ValidationExceptionFields","type":"array","items":{"$ref":"#/$defs/ValidationExceptionField"}};
const schema40 = {"title":"ValidationExceptionField","description":"Contains information about a field that failed validation, including the\nfield name and a descriptive error message.","type":"object","properties":{"Name":{"type":"string","description":"The name of the field that failed validation."},"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"A message that describes why the field failed validation."}},"required":["Name","Message"]};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.Name === undefined) || (!(func0.call(data, "Name")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Name"},message:"must have required property '"+"Name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.Message === undefined) || (!(func0.call(data, "Message")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Name !== undefined && func0.call(data, "Name")){
let data0 = data.Name;
const _errs1 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Name",schemaPath:"#/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs2 = errors;
var valid0 = _errs1 === errors;
}
if(data.Message !== undefined && func0.call(data, "Message")){
let data1 = data.Message;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data1 === "string"){
if(func62(data1) > 2048){
const err3 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func62(data1) < 1){
const err4 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern3.test(data1)){
const err5 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs3 === errors;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":{"Name":true,"Message":true},"dynamicProps":false,"dynamicItems":false};


function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(Array.isArray(data)){
let valid1 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
if(!(validate82(data0, {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs1 === errors;
if(!valid0){
valid1 = false;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.Message === undefined) || (!(func0.call(data, "Message")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.Reason === undefined) || (!(func0.call(data, "Reason")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Reason"},message:"must have required property '"+"Reason"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Message !== undefined && func0.call(data, "Message")){
let data0 = data.Message;
const _errs1 = errors;
const _errs2 = errors;
if(typeof data0 === "string"){
if(func62(data0) > 2048){
const err2 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func62(data0) < 1){
const err3 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern3.test(data0)){
const err4 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs1 === errors;
}
if(data.Reason !== undefined && func0.call(data, "Reason")){
let data1 = data.Reason;
const _errs3 = errors;
if(!(validate79(data1, {instancePath:instancePath+"/Reason",parentData:data,parentDataProperty:"Reason",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs3 === errors;
}
if(data.FieldList !== undefined && func0.call(data, "FieldList")){
let data2 = data.FieldList;
const _errs4 = errors;
if(!(validate81(data2, {instancePath:instancePath+"/FieldList",parentData:data,parentDataProperty:"FieldList",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.__type !== undefined && func0.call(data, "__type")){
let data3 = data.__type;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data3 === "string"){
if(!pattern27.test(data3)){
const err6 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?ValidationException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?ValidationException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.code !== undefined && func0.call(data, "code")){
let data4 = data.code;
const _errs7 = errors;
const _errs8 = errors;
if(typeof data4 === "string"){
if(!pattern27.test(data4)){
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?ValidationException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?ValidationException(?::.*)?$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs7 === errors;
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":{"Message":true,"Reason":true,"FieldList":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};


function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:ValidationException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
else {
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":{"Message":true,"Reason":true,"FieldList":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

/** Every validator by shape name. */
export const validators = Object.freeze({
  "AccessDeniedException": validateAccessDeniedException,
  "AwsJsonFrameworkError": validateAwsJsonFrameworkError,
  "InternalServerException": validateInternalServerException,
  "OperationTimeoutException": validateOperationTimeoutException,
  "ResourceNotFoundException": validateResourceNotFoundException,
  "StopWorkflowRunRequest": validateStopWorkflowRunRequest,
  "StopWorkflowRunResponse": validateStopWorkflowRunResponse,
  "ThrottlingException": validateThrottlingException,
  "ValidationException": validateValidationException,
});
