// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.
export const validateAccessDeniedException = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:smithy:com.amazonaws.mwaaserverless:AccessDeniedException","$comment":"Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate). DO NOT EDIT: change the model and regenerate.","title":"AccessDeniedException","description":"You do not have sufficient permission to perform this action.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"__type":{"type":"string","description":"The error type (awsJson): `AccessDeniedException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?AccessDeniedException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `AccessDeniedException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?AccessDeniedException(?::.*)?$"}},"required":["Message"]};
import func1$module from "ajv/dist/runtime/ucs2length.js";
const func1 = typeof func1$module === "function" ? func1$module : func1$module.default;
const pattern4 = new RegExp("^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");
const pattern5 = new RegExp("^(?:[^#:]*#)?AccessDeniedException(?::.*)?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:AccessDeniedException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Message === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Message !== undefined){
let data0 = data.Message;
if(typeof data0 === "string"){
if(func1(data0) > 2048){
const err1 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern4.test(data0)){
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
}
if(data.__type !== undefined){
let data1 = data.__type;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
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
}
if(data.code !== undefined){
let data2 = data.code;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
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
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"Message":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

export const validateAwsJsonFrameworkError = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:smithy:aws.protocols:AwsJsonFrameworkError","$comment":"Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate). DO NOT EDIT: change the model and regenerate.","title":"AwsJsonFrameworkError","description":"An error the awsJson protocol layer sends itself, outside the model: routing, parsing, media type, size, method and authentication failures, and internal failures.","type":"object","properties":{"__type":{"type":"string","description":"The error type (awsJson): one of `SerializationException`, `UnknownOperationException`, `MethodNotAllowedException`, `RequestEntityTooLargeException`, `UnsupportedMediaTypeException`, `BadRequestException`, `RequestTimeoutException`, `ExpectationFailedException`, `RequestHeaderFieldsTooLargeException`, `InternalFailure`, `InternalFailureException`, `IncompleteSignatureException`, `InvalidSignatureException`, `MissingAuthenticationTokenException`, `UnrecognizedClientException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?(?:SerializationException|UnknownOperationException|MethodNotAllowedException|RequestEntityTooLargeException|UnsupportedMediaTypeException|BadRequestException|RequestTimeoutException|ExpectationFailedException|RequestHeaderFieldsTooLargeException|InternalFailure|InternalFailureException|IncompleteSignatureException|InvalidSignatureException|MissingAuthenticationTokenException|UnrecognizedClientException)(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): one of `SerializationException`, `UnknownOperationException`, `MethodNotAllowedException`, `RequestEntityTooLargeException`, `UnsupportedMediaTypeException`, `BadRequestException`, `RequestTimeoutException`, `ExpectationFailedException`, `RequestHeaderFieldsTooLargeException`, `InternalFailure`, `InternalFailureException`, `IncompleteSignatureException`, `InvalidSignatureException`, `MissingAuthenticationTokenException`, `UnrecognizedClientException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?(?:SerializationException|UnknownOperationException|MethodNotAllowedException|RequestEntityTooLargeException|UnsupportedMediaTypeException|BadRequestException|RequestTimeoutException|ExpectationFailedException|RequestHeaderFieldsTooLargeException|InternalFailure|InternalFailureException|IncompleteSignatureException|InvalidSignatureException|MissingAuthenticationTokenException|UnrecognizedClientException)(?::.*)?$"},"message":{"type":"string","description":"What went wrong, for people."},"Message":{"type":"string","description":"What went wrong, for people."}}};
const pattern7 = new RegExp("^(?:[^#:]*#)?(?:SerializationException|UnknownOperationException|MethodNotAllowedException|RequestEntityTooLargeException|UnsupportedMediaTypeException|BadRequestException|RequestTimeoutException|ExpectationFailedException|RequestHeaderFieldsTooLargeException|InternalFailure|InternalFailureException|IncompleteSignatureException|InvalidSignatureException|MissingAuthenticationTokenException|UnrecognizedClientException)(?::.*)?$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:aws.protocols:AwsJsonFrameworkError" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.__type !== undefined){
let data0 = data.__type;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
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
}
if(data.code !== undefined){
let data1 = data.code;
if(typeof data1 === "string"){
if(!pattern7.test(data1)){
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
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err4 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Message !== undefined){
if(typeof data.Message !== "string"){
const err5 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
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
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"__type":true,"code":true,"message":true,"Message":true},"dynamicProps":false,"dynamicItems":false};

export const validateInternalServerException = validate22;
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:smithy:com.amazonaws.mwaaserverless:InternalServerException","$comment":"Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate). DO NOT EDIT: change the model and regenerate.","title":"InternalServerException","description":"An unexpected server-side error occurred during request processing.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"RetryAfterSeconds":{"type":"integer","minimum":-2147483648,"maximum":2147483647,"description":"The number of seconds to wait before retrying the operation."},"__type":{"type":"string","description":"The error type (awsJson): `InternalServerException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?InternalServerException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `InternalServerException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?InternalServerException(?::.*)?$"}},"required":["Message"]};
const pattern10 = new RegExp("^(?:[^#:]*#)?InternalServerException(?::.*)?$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:InternalServerException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Message === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Message !== undefined){
let data0 = data.Message;
if(typeof data0 === "string"){
if(func1(data0) > 2048){
const err1 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern4.test(data0)){
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
}
if(data.RetryAfterSeconds !== undefined){
let data1 = data.RetryAfterSeconds;
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
}
if(data.__type !== undefined){
let data2 = data.__type;
if(typeof data2 === "string"){
if(!pattern10.test(data2)){
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
}
if(data.code !== undefined){
let data3 = data.code;
if(typeof data3 === "string"){
if(!pattern10.test(data3)){
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
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"Message":true,"RetryAfterSeconds":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

export const validateOperationTimeoutException = validate23;
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:smithy:com.amazonaws.mwaaserverless:OperationTimeoutException","$comment":"Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate). DO NOT EDIT: change the model and regenerate.","title":"OperationTimeoutException","description":"The operation timed out.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"__type":{"type":"string","description":"The error type (awsJson): `OperationTimeoutException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?OperationTimeoutException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `OperationTimeoutException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?OperationTimeoutException(?::.*)?$"}}};
const pattern13 = new RegExp("^(?:[^#:]*#)?OperationTimeoutException(?::.*)?$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:OperationTimeoutException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Message !== undefined){
let data0 = data.Message;
if(typeof data0 === "string"){
if(func1(data0) > 2048){
const err0 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern4.test(data0)){
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
}
if(data.__type !== undefined){
let data1 = data.__type;
if(typeof data1 === "string"){
if(!pattern13.test(data1)){
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
}
if(data.code !== undefined){
let data2 = data.code;
if(typeof data2 === "string"){
if(!pattern13.test(data2)){
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
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"Message":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

export const validateResourceNotFoundException = validate24;
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:smithy:com.amazonaws.mwaaserverless:ResourceNotFoundException","$comment":"Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate). DO NOT EDIT: change the model and regenerate.","title":"ResourceNotFoundException","description":"The specified resource was not found. You can only access or modify a\nresource that already exists.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"ResourceId":{"type":"string","description":"The unique identifier of the resource."},"ResourceType":{"type":"string","description":"The type of the resource."},"__type":{"type":"string","description":"The error type (awsJson): `ResourceNotFoundException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ResourceNotFoundException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `ResourceNotFoundException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ResourceNotFoundException(?::.*)?$"}},"required":["Message","ResourceId","ResourceType"]};
const pattern16 = new RegExp("^(?:[^#:]*#)?ResourceNotFoundException(?::.*)?$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:ResourceNotFoundException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Message === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ResourceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ResourceId"},message:"must have required property '"+"ResourceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.ResourceType === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ResourceType"},message:"must have required property '"+"ResourceType"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Message !== undefined){
let data0 = data.Message;
if(typeof data0 === "string"){
if(func1(data0) > 2048){
const err3 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data0)){
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
}
if(data.ResourceId !== undefined){
if(typeof data.ResourceId !== "string"){
const err7 = {instancePath:instancePath+"/ResourceId",schemaPath:"#/properties/ResourceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.ResourceType !== undefined){
if(typeof data.ResourceType !== "string"){
const err8 = {instancePath:instancePath+"/ResourceType",schemaPath:"#/properties/ResourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.__type !== undefined){
let data3 = data.__type;
if(typeof data3 === "string"){
if(!pattern16.test(data3)){
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
}
if(data.code !== undefined){
let data4 = data.code;
if(typeof data4 === "string"){
if(!pattern16.test(data4)){
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
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"Message":true,"ResourceId":true,"ResourceType":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

export const validateStopWorkflowRunRequest = validate25;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:smithy:com.amazonaws.mwaaserverless:StopWorkflowRunRequest","$comment":"Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate). DO NOT EDIT: change the model and regenerate.","title":"StopWorkflowRunRequest","type":"object","properties":{"WorkflowArn":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9.\\-_]{0,254}-[a-zA-Z0-9]{10})(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"The Amazon Resource Name (ARN) of the workflow that contains the run you want to stop."},"RunId":{"type":"string","minLength":1,"maxLength":255,"pattern":"^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"The unique identifier of the workflow run to stop."}},"required":["WorkflowArn","RunId"]};
const pattern18 = new RegExp("^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9.\\-_]{0,254}-[a-zA-Z0-9]{10})(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");
const pattern19 = new RegExp("^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:StopWorkflowRunRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.WorkflowArn === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "WorkflowArn"},message:"must have required property '"+"WorkflowArn"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.RunId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "RunId"},message:"must have required property '"+"RunId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.WorkflowArn !== undefined){
let data0 = data.WorkflowArn;
if(typeof data0 === "string"){
if(func1(data0) > 2048){
const err2 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern18.test(data0)){
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
}
if(data.RunId !== undefined){
let data1 = data.RunId;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err6 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern19.test(data1)){
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
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"WorkflowArn":true,"RunId":true},"dynamicProps":false,"dynamicItems":false};

export const validateStopWorkflowRunResponse = validate26;
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:smithy:com.amazonaws.mwaaserverless:StopWorkflowRunResponse","$comment":"Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate). DO NOT EDIT: change the model and regenerate.","title":"StopWorkflowRunResponse","type":"object","properties":{"WorkflowArn":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9.\\-_]{0,254}-[a-zA-Z0-9]{10})(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"The Amazon Resource Name (ARN) of the workflow that contains the stopped run."},"WorkflowVersion":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]+(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"The version of the workflow that was stopped."},"RunId":{"type":"string","minLength":1,"maxLength":255,"pattern":"^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"The unique identifier of the stopped workflow run."},"Status":{"$ref":"#/$defs/WorkflowRunStatus","description":"The status of the workflow run after the stop operation. This is\ntypically `STOPPING` or `STOPPED`."}},"$defs":{"WorkflowRunStatus":{"title":"WorkflowRunStatus","type":"string","enum":["STARTING","QUEUED","RUNNING","SUCCESS","FAILED","TIMEOUT","STOPPING","STOPPED"]}}};
const schema38 = {"title":"WorkflowRunStatus","type":"string","enum":["STARTING","QUEUED","RUNNING","SUCCESS","FAILED","TIMEOUT","STOPPING","STOPPED"]};
const pattern21 = new RegExp("^[^\\n\\r\\u0085\\u2028\\u2029]+(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:StopWorkflowRunResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.WorkflowArn !== undefined){
let data0 = data.WorkflowArn;
if(typeof data0 === "string"){
if(func1(data0) > 2048){
const err0 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/WorkflowArn",schemaPath:"#/properties/WorkflowArn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern18.test(data0)){
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
}
if(data.WorkflowVersion !== undefined){
let data1 = data.WorkflowVersion;
if(typeof data1 === "string"){
if(func1(data1) > 2048){
const err4 = {instancePath:instancePath+"/WorkflowVersion",schemaPath:"#/properties/WorkflowVersion/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/WorkflowVersion",schemaPath:"#/properties/WorkflowVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern21.test(data1)){
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
}
if(data.RunId !== undefined){
let data2 = data.RunId;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err8 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/RunId",schemaPath:"#/properties/RunId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern19.test(data2)){
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
}
if(data.Status !== undefined){
let data3 = data.Status;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/Status",schemaPath:"#/$defs/WorkflowRunStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((((((data3 === "STARTING") || (data3 === "QUEUED")) || (data3 === "RUNNING")) || (data3 === "SUCCESS")) || (data3 === "FAILED")) || (data3 === "TIMEOUT")) || (data3 === "STOPPING")) || (data3 === "STOPPED"))){
const err13 = {instancePath:instancePath+"/Status",schemaPath:"#/$defs/WorkflowRunStatus/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"WorkflowArn":true,"WorkflowVersion":true,"RunId":true,"Status":true},"dynamicProps":false,"dynamicItems":false};

export const validateThrottlingException = validate27;
const schema39 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:smithy:com.amazonaws.mwaaserverless:ThrottlingException","$comment":"Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate). DO NOT EDIT: change the model and regenerate.","title":"ThrottlingException","description":"The request was denied because too many requests were made in a short\nperiod, exceeding the service rate limits. Amazon Managed Workflows for\nApache Airflow Serverless implements throttling controls to ensure fair\nresource allocation across all customers in the multi-tenant environment.\nThis helps maintain service stability and performance. If you encounter\nthrottling, implement exponential backoff and retry logic in your\napplications, or consider distributing your API calls over a longer time\nperiod.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"ServiceCode":{"type":"string","description":"The code for the service."},"QuotaCode":{"type":"string","description":"The code of the quota."},"RetryAfterSeconds":{"type":"integer","minimum":-2147483648,"maximum":2147483647,"description":"The number of seconds to wait before retrying the operation."},"__type":{"type":"string","description":"The error type (awsJson): `ThrottlingException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ThrottlingException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `ThrottlingException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ThrottlingException(?::.*)?$"}},"required":["Message","ServiceCode","QuotaCode"]};
const pattern24 = new RegExp("^(?:[^#:]*#)?ThrottlingException(?::.*)?$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:ThrottlingException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Message === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ServiceCode === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ServiceCode"},message:"must have required property '"+"ServiceCode"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.QuotaCode === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "QuotaCode"},message:"must have required property '"+"QuotaCode"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Message !== undefined){
let data0 = data.Message;
if(typeof data0 === "string"){
if(func1(data0) > 2048){
const err3 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data0)){
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
}
if(data.ServiceCode !== undefined){
if(typeof data.ServiceCode !== "string"){
const err7 = {instancePath:instancePath+"/ServiceCode",schemaPath:"#/properties/ServiceCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.QuotaCode !== undefined){
if(typeof data.QuotaCode !== "string"){
const err8 = {instancePath:instancePath+"/QuotaCode",schemaPath:"#/properties/QuotaCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.RetryAfterSeconds !== undefined){
let data3 = data.RetryAfterSeconds;
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
}
if(data.__type !== undefined){
let data4 = data.__type;
if(typeof data4 === "string"){
if(!pattern24.test(data4)){
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
}
if(data.code !== undefined){
let data5 = data.code;
if(typeof data5 === "string"){
if(!pattern24.test(data5)){
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
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"Message":true,"ServiceCode":true,"QuotaCode":true,"RetryAfterSeconds":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

export const validateValidationException = validate28;
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:smithy:com.amazonaws.mwaaserverless:ValidationException","$comment":"Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate). DO NOT EDIT: change the model and regenerate.","title":"ValidationException","description":"The specified request parameters are invalid, missing, or inconsistent with\nAmazon Managed Workflows for Apache Airflow Serverless service requirements.\nThis can occur when workflow definitions contain unsupported operators, when\nrequired IAM permissions are missing, when S3 locations are inaccessible, or\nwhen network configurations are invalid. The service validates workflow\ndefinitions, execution roles, and resource configurations to ensure\ncompatibility with the managed Airflow environment and security\nrequirements.","type":"object","properties":{"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},"Reason":{"$ref":"#/$defs/ValidationExceptionReason","description":"The reason the request failed validation."},"FieldList":{"$ref":"#/$defs/ValidationExceptionFields","description":"The fields that failed validation."},"__type":{"type":"string","description":"The error type (awsJson): `ValidationException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ValidationException(?::.*)?$"},"code":{"type":"string","description":"The error type (awsJson): `ValidationException`, optionally prefixed with a namespace and `#` and followed by `:` and more.","pattern":"^(?:[^#:]*#)?ValidationException(?::.*)?$"}},"required":["Message","Reason"],"$defs":{"ValidationExceptionField":{"title":"ValidationExceptionField","description":"Contains information about a field that failed validation, including the\nfield name and a descriptive error message.","type":"object","properties":{"Name":{"type":"string","description":"The name of the field that failed validation."},"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"A message that describes why the field failed validation."}},"required":["Name","Message"]},"ValidationExceptionFields":{"title":"ValidationExceptionFields","type":"array","items":{"$ref":"#/$defs/ValidationExceptionField"}},"ValidationExceptionReason":{"title":"ValidationExceptionReason","type":"string","enum":["unknownOperation","cannotParse","fieldValidationFailed","other"]}}};
const schema41 = {"title":"ValidationExceptionReason","type":"string","enum":["unknownOperation","cannotParse","fieldValidationFailed","other"]};
const pattern28 = new RegExp("^(?:[^#:]*#)?ValidationException(?::.*)?$", "u");
const schema42 = {"title":"ValidationExceptionFields","type":"array","items":{"$ref":"#/$defs/ValidationExceptionField"}};
const schema43 = {"title":"ValidationExceptionField","description":"Contains information about a field that failed validation, including the\nfield name and a descriptive error message.","type":"object","properties":{"Name":{"type":"string","description":"The name of the field that failed validation."},"Message":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))","description":"A message that describes why the field failed validation."}},"required":["Name","Message"]};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.Name === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/ValidationExceptionField/required",keyword:"required",params:{missingProperty: "Name"},message:"must have required property '"+"Name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.Message === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/ValidationExceptionField/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.Name !== undefined){
if(typeof data0.Name !== "string"){
const err2 = {instancePath:instancePath+"/" + i0+"/Name",schemaPath:"#/$defs/ValidationExceptionField/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.Message !== undefined){
let data2 = data0.Message;
if(typeof data2 === "string"){
if(func1(data2) > 2048){
const err3 = {instancePath:instancePath+"/" + i0+"/Message",schemaPath:"#/$defs/ValidationExceptionField/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data2) < 1){
const err4 = {instancePath:instancePath+"/" + i0+"/Message",schemaPath:"#/$defs/ValidationExceptionField/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data2)){
const err5 = {instancePath:instancePath+"/" + i0+"/Message",schemaPath:"#/$defs/ValidationExceptionField/properties/Message/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"},message:"must match pattern \""+"^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))"+"\""};
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
const err6 = {instancePath:instancePath+"/" + i0+"/Message",schemaPath:"#/$defs/ValidationExceptionField/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/ValidationExceptionField/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:smithy:com.amazonaws.mwaaserverless:ValidationException" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Message === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Reason === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Reason"},message:"must have required property '"+"Reason"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Message !== undefined){
let data0 = data.Message;
if(typeof data0 === "string"){
if(func1(data0) > 2048){
const err2 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
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
}
if(data.Reason !== undefined){
let data1 = data.Reason;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/Reason",schemaPath:"#/$defs/ValidationExceptionReason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((data1 === "unknownOperation") || (data1 === "cannotParse")) || (data1 === "fieldValidationFailed")) || (data1 === "other"))){
const err7 = {instancePath:instancePath+"/Reason",schemaPath:"#/$defs/ValidationExceptionReason/enum",keyword:"enum",params:{allowedValues: schema41.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.FieldList !== undefined){
if(!(validate29(data.FieldList, {instancePath:instancePath+"/FieldList",parentData:data,parentDataProperty:"FieldList",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.__type !== undefined){
let data3 = data.__type;
if(typeof data3 === "string"){
if(!pattern28.test(data3)){
const err8 = {instancePath:instancePath+"/__type",schemaPath:"#/properties/__type/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?ValidationException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?ValidationException(?::.*)?$"+"\""};
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
}
if(data.code !== undefined){
let data4 = data.code;
if(typeof data4 === "string"){
if(!pattern28.test(data4)){
const err10 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^(?:[^#:]*#)?ValidationException(?::.*)?$"},message:"must match pattern \""+"^(?:[^#:]*#)?ValidationException(?::.*)?$"+"\""};
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
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"Message":true,"Reason":true,"FieldList":true,"__type":true,"code":true},"dynamicProps":false,"dynamicItems":false};

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
