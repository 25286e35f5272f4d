// Swagger UI over the served schema, from the bundled swagger-ui files (no CDN, no inline script).
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
});
