import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tamanhoInicial } from './plugins/tamanho-inicial.ts';

// Em desenvolvimento (dev e preview) o SPA fala com a API por proxy, como se fosse a mesma origem;
// em produção a própria API serve web/dist em /.
const api = process.env.DJE_API_URL ?? 'http://127.0.0.1:18800';
const proxy = {
  '/api': { target: api, changeOrigin: false },
  '/health': { target: api, changeOrigin: false },
};

export default defineConfig({
  plugins: [react(), tamanhoInicial({ limiteKb: 200 })],
  server: { host: '127.0.0.1', port: 18801, proxy },
  preview: { host: '127.0.0.1', port: 18802, proxy },
  build: { target: 'es2022', sourcemap: false },
});
